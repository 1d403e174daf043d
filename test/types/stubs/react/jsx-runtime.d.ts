// A stand-in for react/jsx-runtime: its JSX namespace extends React.JSX, as in @types/react 19.
/* eslint-disable no-restricted-syntax, @typescript-eslint/no-empty-object-type -- React's shapes. */
import type * as React from './index.js';

export declare namespace JSX {
  type ElementType = React.JSX.ElementType;
  type Element = React.JSX.Element;
  interface ElementClass extends React.JSX.ElementClass {}
  interface ElementAttributesProperty extends React.JSX.ElementAttributesProperty {}
  interface ElementChildrenAttribute extends React.JSX.ElementChildrenAttribute {}
  type IntrinsicAttributes = React.JSX.IntrinsicAttributes;
  type IntrinsicClassAttributes<T> = React.JSX.IntrinsicClassAttributes<T>;
  interface IntrinsicElements extends React.JSX.IntrinsicElements {}
}
export function jsx(type: React.JSX.ElementType, props: unknown, key?: React.Key): JSX.Element;
export function jsxs(type: React.JSX.ElementType, props: unknown, key?: React.Key): JSX.Element;
export declare const Fragment: unique symbol;
