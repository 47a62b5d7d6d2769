/**
 * The help content `<order-help>` shows, as the core defines and checks it
 * (`@orderzone/core/help`): the element package re-exports the types merchants configure with.
 *
 * @module
 */
export { HELP_TOPICS, type HelpConfig, type HelpContact, type HelpFaqEntry, type HelpTopic } from '@orderzone/core/help';
