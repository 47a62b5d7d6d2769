/**
 * The Chinese (zh-CN) messages of `product-picker.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `productPickerMessages` (see `product-picker.messages.ts`). */
export const messages: MessageCatalog = {
  'picker.heading_all': '全部商品',
  'picker.categories': '商品分类',
  'picker.category_all': '全部',
  'picker.subcategories': '{name}的子分类',
  'picker.search_label': '搜索商品',
  'picker.search_placeholder': '搜索商品…',
  'picker.sort_label': '排序',
  'picker.sort.relevance': '综合排序',
  'picker.sort.price_asc': '价格从低到高',
  'picker.sort.price_desc': '价格从高到低',
  'picker.sort.rating': '评分最高',
  'picker.sort.newest': '最新上架',
  'picker.view_label': '显示方式',
  'picker.view_grid': '网格',
  'picker.view_list': '列表',
  'picker.filters': '筛选',
  'picker.filters_active': '筛选（{count}）',
  'picker.price': '价格',
  'picker.price_min_short': '最低',
  'picker.price_max_short': '最高',
  'picker.price_invalid': '请输入金额，例如 {example}。',
  'picker.price_order': '最低价格不能高于最高价格。',
  'picker.availability': '库存',
  'picker.in_stock_only': '仅显示有货',
  'picker.clear_filters': '清除筛选',
  'picker.show_all': '查看全部商品',
  'picker.results.other': '共 {count} 件商品',
  'picker.loading': '正在加载商品…',
  'picker.empty_title': '没有找到相关商品',
  'picker.empty_body': '换个关键词或减少筛选条件试试。',
  'picker.error_title': '商品加载失败',
  'picker.pagination': '分页',
  'picker.prev': '上一页',
  'picker.next': '下一页',
  'picker.page': '第 {page} 页，共 {pages} 页',
  'picker.bulk': '批量优惠',
  'picker.sale': '特价',
  'picker.price_per_night': '{price} 起/晚',
  'picker.price_per_seat': '{price} 起/座',
  'picker.book.time_slot': '预约时段',
  'picker.book.stay': '预订日期',
  'picker.book.seats': '在线选座',
  'picker.fully_booked': '已订满',
};
