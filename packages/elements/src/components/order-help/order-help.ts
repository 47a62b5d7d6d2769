/**
 * `<order-help>`: the merchant's FAQ entries and contact channels, offered where a shopper gets stuck.
 *
 * @module
 */
import { OrderZoneError, safeLinkUrl, type LocalizedText } from '@orderzone/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { ZoneElement } from '../zone-element.ts';
import { checkHelpConfig, describeHelpConfigProblem, hasContact, orderedFaq, type HelpConfig, type HelpConfigCheck, type HelpContact, type HelpTopic } from '@orderzone/core/help';
import { onHelpConfigure, pageHelpConfig } from './help-defaults.ts';
import { orderHelpByLanguage } from './order-help.messages-by-language.ts';
import { orderHelpStyles } from './order-help.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';

/** Slots whose content counts as help: with content in them, their section shows even without configuration. */
type ContentSlot = 'faq' | 'contact';

/** True when a slot holds something to show (an element, or text that is not just white space). */
function slotHasContent(slot: HTMLSlotElement | null | undefined): boolean {
  return (slot?.assignedNodes({ flatten: true }) ?? []).some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
}

/**
 * Help for shoppers: the merchant's frequently asked questions as a list of disclosures (a button
 * per question, `aria-expanded`, the answer below it) and how to reach the shop (a `tel:` phone
 * link, a `mailto:` e-mail link, a WeChat ID with a Copy button, opening hours and a link to more
 * help). `topic` names the shopper's situation: the heading and intro speak to it, the entries that
 * answer it come first and the first of them is open.
 *
 * Content comes from the `config` property (an object) or attribute (JSON text), else from
 * `configureHelp()` (the page's help, used by every `<order-help>` without its own config,
 * including the ones `<order-zone>` shows), and from the `faq` and `contact` slots. A configuration
 * with mistakes shows what is valid, says in a box that some help could not be shown, warns in
 * the console with the path of every bad entry (`faq[2].answer is empty; …`) and dispatches
 * `oz-error` (`config`).
 *
 * Text is always rendered as text, never as HTML; blank lines in an answer separate paragraphs.
 *
 * @summary FAQ disclosures and contact channels, ordered for the shopper's situation.
 *
 * @fires oz-error - The help configuration has mistakes (code `config`; the message names each one): `{ error, message }`.
 *
 * @slot intro - Replaces the short text under the heading.
 * @slot faq - Your own entries after the configured ones (e.g. `<details>` elements).
 * @slot contact - Your own contact details after the configured channels.
 *
 * @csspart base - The help block.
 * @csspart heading - The heading.
 * @csspart faq - The FAQ section.
 * @csspart question - A question's disclosure button.
 * @csspart answer - An answer.
 * @csspart contact - The contact section.
 * @csspart copy-button - The button copying the WeChat ID.
 * @csspart error - The box saying some help could not be shown.
 * @csspart empty - The text shown when there is no help at all.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-help-max-width=760px] - Maximum width of the help block.
 */
export class OrderHelp extends ZoneElement {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, orderHelpStyles];

  /**
   * FAQ entries and contact channels: `{ faq?: [{ question, answer, topics? }], contact?: { phone,
   * email, wechat, hours, link: { url, label? } } }`, as an object (property) or JSON text
   * (attribute). Text may be one string or a map from locale to text. Without it, the page's help
   * from `configureHelp()` is shown.
   */
  @property({ converter: { fromAttribute: (value: string | null) => value ?? undefined } }) config?: HelpConfig | string;

  /** The shopper's situation: `payment_failed`, `refund_rejected`, `return_rejected` or `general` (the default). */
  @property({ reflect: true }) topic: HelpTopic = 'general';

  /** The level of the element's heading (1–5; sections and questions use the levels below it). Default 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private expanded = new Set<number>();
  @state() private slotted: Record<ContentSlot, boolean> = { faq: false, contact: false };
  @state() private announcement = '';
  /** Bumped by `configureHelp()` so the page's help is read again. */
  @state() private pageVersion = 0;

  private read: HelpConfigCheck = { config: {}, topic: 'general', problems: [] };
  /** The read's problems as the sentences the console and the error box show. */
  private problemTexts: string[] = [];
  private reportedProblems = '';
  private stopListening?: () => void;

  constructor() {
    super([...flowMessages, orderHelpByLanguage]);
  }

  protected override zoneChanged(): void {
    // The help does not come from the zone; only its locale does (handled by ZoneElement).
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onHelpConfigure(() => this.pageVersion++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /** The topic in use: `general` for a value that is not a topic. */
  private get activeTopic(): HelpTopic {
    return this.read.topic;
  }

  private get level(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return level >= 1 && level <= 5 ? level : 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys: PropertyKey[] = ['config', 'topic', 'pageVersion'];
    if (!keys.some((key) => (changed as Map<PropertyKey, unknown>).has(key)) && this.hasUpdated) return;
    const source = this.config ?? pageHelpConfig();
    this.read = checkHelpConfig(source, this.topic);
    this.problemTexts = this.read.problems.map(describeHelpConfigProblem);
    // The first entry answering the situation starts open; every other one closed.
    const first = orderedFaq(this.read.config.faq ?? [], this.activeTopic)[0];
    this.expanded = new Set(first?.matches ? [first.index] : []);
  }

  protected override firstUpdated(): void {
    this.checkSlots();
  }

  protected override updated(): void {
    const problems = this.problemTexts.join(' ');
    if (problems === this.reportedProblems) return;
    this.reportedProblems = problems;
    if (problems === '') return;
    const error = new OrderZoneError('config', `<order-help>: ${problems}`, { details: { problems: this.problemTexts } });
    console.warn(`OrderZone ${error.message}`);
    emit(this, 'oz-error', { error, message: this.t('help.config_error') });
  }

  private checkSlots(): void {
    const slot = (name: ContentSlot): boolean => slotHasContent(this.renderRoot.querySelector<HTMLSlotElement>(`slot[name="${name}"]`));
    const next = { faq: slot('faq'), contact: slot('contact') };
    if (next.faq !== this.slotted.faq || next.contact !== this.slotted.contact) this.slotted = next;
  }

  private toggle(index: number): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(index)) expanded.delete(index);
    else expanded.add(index);
    this.expanded = expanded;
  }

  private async copy(id: string): Promise<void> {
    this.announcement = '';
    try {
      await navigator.clipboard.writeText(id);
      this.announcement = this.t('help.copied');
    } catch {
      this.announcement = this.t('help.copy_failed');
    }
  }

  /** Paragraphs of a plain-text answer: blank lines separate them, single line breaks stay. */
  private paragraphs(text: LocalizedText): TemplateResult[] {
    return this.i18n
      .text(text)
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '')
      .map((paragraph) => html`<p>${paragraph}</p>`);
  }

  protected override render(): TemplateResult {
    const topic = this.activeTopic;
    const { config } = this.read;
    const problems = this.problemTexts;
    const faq = orderedFaq(config.faq ?? [], topic);
    const showFaq = faq.length > 0 || this.slotted.faq;
    const showContact = hasContact(config.contact) || this.slotted.contact;
    const level = this.level;
    return html`<section class="help" part="base" aria-labelledby="help-heading" data-topic=${topic}>
      <div class="heading" part="heading" role="heading" aria-level=${level} id="help-heading">${this.t(`help.heading.${topic}`)}</div>
      <div class="intro"><slot name="intro"><p class="muted">${this.t(`help.intro.${topic}`)}</p></slot></div>
      ${problems.length > 0
        ? html`<div class="config-error" part="error" role="alert" data-config-error>
            <p>${this.t('help.config_error')}</p>
            <p class="muted">${this.t('help.config_error_detail')} <code>${problems.join(' ')}</code></p>
          </div>`
        : nothing}
      <section class="faq" part="faq" aria-labelledby="faq-heading" ?hidden=${!showFaq}>
        <div class="section-heading" role="heading" aria-level=${level + 1} id="faq-heading">${this.t('help.faq')}</div>
        ${faq.length > 0
          ? html`<ul class="faq-list" role="list">
              ${faq.map(({ entry, index }) => {
                const open = this.expanded.has(index);
                return html`<li class="faq-item" data-faq-entry=${index}>
                  <div role="heading" aria-level=${level + 2}>
                    <button
                      type="button"
                      class="question"
                      part="question"
                      id="question-${index}"
                      aria-expanded=${String(open)}
                      aria-controls="answer-${index}"
                      data-question
                      @click=${() => this.toggle(index)}
                    >
                      <span>${this.i18n.text(entry.question)}</span>
                      <span class="chevron" aria-hidden="true"></span>
                    </button>
                  </div>
                  <div class="answer" part="answer" id="answer-${index}" ?hidden=${!open} data-answer>
                    ${this.paragraphs(entry.answer)}
                  </div>
                </li>`;
              })}
            </ul>`
          : nothing}
        <slot name="faq" @slotchange=${this.checkSlots}></slot>
      </section>
      <section class="contact" part="contact" aria-labelledby="contact-heading" ?hidden=${!showContact}>
        <div class="section-heading" role="heading" aria-level=${level + 1} id="contact-heading">${this.t('help.contact')}</div>
        ${hasContact(config.contact) ? this.renderContact(config.contact!) : nothing}
        <slot name="contact" @slotchange=${this.checkSlots}></slot>
      </section>
      ${!showFaq && !showContact ? html`<p class="muted" part="empty" data-empty>${this.t('help.empty')}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" data-announcement>${this.announcement}</div>
    </section>`;
  }

  private renderContact(contact: HelpContact): TemplateResult {
    const link = contact.link ? safeLinkUrl(contact.link.url) : undefined;
    return html`<dl class="channels">
      ${contact.phone
        ? html`<div class="channel" data-channel="phone">
            <dt>${this.t('help.phone')}</dt>
            <dd><a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a></dd>
          </div>`
        : nothing}
      ${contact.email
        ? html`<div class="channel" data-channel="email">
            <dt>${this.t('help.email')}</dt>
            <dd><a href="mailto:${contact.email}">${contact.email}</a></dd>
          </div>`
        : nothing}
      ${contact.wechat
        ? html`<div class="channel" data-channel="wechat">
            <dt>${this.t('help.wechat')}</dt>
            <dd class="wechat">
              <span class="wechat-id">${contact.wechat}</span>
              <button
                type="button"
                class="button link"
                part="copy-button"
                aria-label=${this.t('help.copy_wechat', { id: contact.wechat })}
                data-copy-wechat
                @click=${() => void this.copy(contact.wechat!)}
              >
                ${this.t('help.copy')}
              </button>
            </dd>
          </div>`
        : nothing}
      ${contact.hours
        ? html`<div class="channel" data-channel="hours">
            <dt>${this.t('help.hours')}</dt>
            <dd>${this.i18n.text(contact.hours)}</dd>
          </div>`
        : nothing}
      ${link
        ? html`<div class="channel" data-channel="link">
            <dt>${this.t('help.link')}</dt>
            <dd><a href=${link}>${contact.link!.label ? this.i18n.text(contact.link!.label) : this.t('help.link_default')}</a></dd>
          </div>`
        : nothing}
    </dl>`;
  }
}
