/**
 * `@orderzone/core/help`: a merchant's help content (FAQ entries and contact channels) and the
 * check that reads it, entry by entry, into what can be shown and a typed problem for each mistake.
 * `<order-help>` renders what this decides.
 *
 * ```ts
 * import { checkHelpConfig, describeHelpConfigProblem } from '@orderzone/core/help';
 * const { config, problems } = checkHelpConfig(merchantJson, 'payment_failed');
 * for (const problem of problems) console.warn(describeHelpConfigProblem(problem));
 * ```
 *
 * @packageDocumentation
 */
export {
  checkHelpConfig,
  describeHelpConfigProblem,
  hasContact,
  HELP_TOPICS,
  type HelpChannel,
  type HelpConfig,
  type HelpConfigCheck,
  type HelpConfigProblem,
  type HelpContact,
  type HelpFaqEntry,
  type HelpTextFault,
  type HelpTopic,
  isHelpTopic,
  orderedFaq,
  WECHAT_ID_MAX_LENGTH,
} from './help-config.ts';
