/**
 * Styles of the list of the merchant's own cards in `<product-picker>` (`<template data-oz-card>`,
 * `card-template.ts`): laid out as the picker's grid; the cards themselves are the page's to style.
 * They join the picker's styles when that code loads, before the list is first drawn (issue 16:
 * not in the first paint of a picker with its built-in cards).
 *
 * @module
 */
import { css } from 'lit';

export const customCardsStyles = css`
  ::slotted(ul[slot='cards']) {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--oz-picker-min-card, 220px)), 1fr));
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
    transition: opacity var(--_transition);
  }
  ::slotted(ul[slot='cards'][data-view='list']) {
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  ::slotted(ul[slot='cards'][data-stale]) {
    opacity: 0.55;
  }
`;
