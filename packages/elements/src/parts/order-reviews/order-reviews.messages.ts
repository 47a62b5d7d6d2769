/**
 * Text of the reviews part of `<order-detail>` (loaded with it, on demand), in every shipped locale.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const orderReviewMessages: MessageCatalogs = {
  'en-US': {
    'reviews.heading': 'Rate your items',
    'reviews.intro': 'Tell other shoppers what you think. The shop checks each review before it is shown.',
    'reviews.loading': 'Loading your reviews…',
    'reviews.write': 'Write a review',
    'reviews.edit': 'Edit your review',
    'reviews.form_heading': 'Your review of {title}',
    'reviews.rating': 'Your rating',
    'reviews.star.one': '{count} star',
    'reviews.star.other': '{count} stars',
    'reviews.body': 'Your review (optional)',
    'reviews.photo_alt': 'Photo {n} of your review',
    'reviews.send': 'Send review',
    'reviews.cancel': 'Cancel',
    'reviews.sending': 'Sending…',
    'reviews.sent': 'Thank you! Your review will be shown once the shop has checked it.',
    'reviews.status.pending': 'Waiting for the shop to check it',
    'reviews.status.published': 'Published on the product page',
    'reviews.status.hidden': 'Hidden by the shop: {reason}',
    'reviews.reply': 'Reply from the shop',
    'reviews.edited_times.one': 'Edited {count} time',
    'reviews.edited_times.other': 'Edited {count} times',
    'reviews.rating_required': 'Please choose 1 to 5 stars.',
  },
  'zh-CN': {
    'reviews.heading': '评价商品',
    'reviews.intro': '说说您的使用感受。每条评价经商家审核后展示。',
    'reviews.loading': '正在加载您的评价…',
    'reviews.write': '写评价',
    'reviews.edit': '修改评价',
    'reviews.form_heading': '评价「{title}」',
    'reviews.rating': '您的评分',
    'reviews.star.other': '{count} 星',
    'reviews.body': '评价内容（选填）',
    'reviews.photo_alt': '评价照片 {n}',
    'reviews.send': '提交评价',
    'reviews.cancel': '取消',
    'reviews.sending': '正在提交…',
    'reviews.sent': '感谢您的评价！商家审核后将在商品页展示。',
    'reviews.status.pending': '等待商家审核',
    'reviews.status.published': '已在商品页展示',
    'reviews.status.hidden': '已被商家隐藏：{reason}',
    'reviews.reply': '商家回复',
    'reviews.edited_times.other': '已修改 {count} 次',
    'reviews.rating_required': '请选择 1 到 5 星。',
  },
};
