/** An en-US page: English at the first paint, no Chinese message module fetched; switching shows Chinese. */
import { describePageLanguage } from '../testing/page-language.ts';

describe('an en-US page', () => describePageLanguage('en-US', 'zh-CN'));
