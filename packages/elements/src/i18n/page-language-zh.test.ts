/** A zh-CN page: Chinese at the first paint, no English message module fetched; switching shows English. */
import { describePageLanguage } from '../testing/page-language.ts';

describe('a zh-CN page', () => describePageLanguage('zh-CN', 'en-US'));
