// A stand-in for the parts of @types/react 19 that JSX type checking of custom elements uses.
/* eslint-disable no-restricted-syntax -- React's types declare JSX as a namespace. */

export type Key = string | number | bigint;
export interface RefObject<T> {
  current: T;
}
export type RefCallback<T> = (instance: T | null) => void | (() => void);
export type Ref<T> = RefCallback<T> | RefObject<T | null> | null;
export interface Attributes {
  key?: Key | null | undefined;
}
export interface RefAttributes<T> extends Attributes {
  ref?: Ref<T> | undefined;
}
export type ClassAttributes<T> = RefAttributes<T>;
export interface ReactElement<P = unknown> {
  type: unknown;
  props: P;
  key: string | null;
}
export type ReactNode =
  ReactElement | string | number | bigint | Iterable<ReactNode> | boolean | null | undefined;
export interface DOMAttributes<T> {
  children?: ReactNode | undefined;
  onClick?: ((event: MouseEvent & { currentTarget: T }) => void) | undefined;
}
export interface HTMLAttributes<T> extends DOMAttributes<T> {
  className?: string | undefined;
  id?: string | undefined;
  lang?: string | undefined;
  hidden?: boolean | undefined;
  slot?: string | undefined;
  title?: string | undefined;
  role?: string | undefined;
}
export type DetailedHTMLProps<E extends HTMLAttributes<T>, T> = ClassAttributes<T> & E;
export function useRef<T>(initialValue: T | null): RefObject<T | null>;

export declare namespace JSX {
  type ElementType = string | ((props: never) => ReactNode);
  type Element = ReactElement;
  interface ElementClass {
    render(): ReactNode;
  }
  interface ElementAttributesProperty {
    props: object;
  }
  interface ElementChildrenAttribute {
    children: object;
  }
  type IntrinsicAttributes = Attributes;
  type IntrinsicClassAttributes<T> = RefAttributes<T>;
  interface IntrinsicElements {
    div: DetailedHTMLProps<HTMLAttributes<HTMLDivElement>, HTMLDivElement>;
  }
}
