// A stand-in for the parts of vue 3's types that template type checking of custom elements uses:
// a tag's component type in GlobalComponents, its `$props` and its `$emit`.
/* eslint-disable @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any -- Vue's shapes. */

export interface GlobalComponents {}

export interface HTMLAttributes {
  class?: unknown;
  style?: unknown;
  id?: string;
  lang?: string;
  title?: string;
  hidden?: boolean | 'true' | 'false' | '' | 'hidden' | 'until-found';
  onClick?: (payload: MouseEvent) => void;
}

export interface VNodeProps {
  key?: PropertyKey;
  ref?: unknown;
}
export interface AllowedComponentProps {
  class?: unknown;
  style?: unknown;
}
export interface ComponentCustomProps {}
export type PublicProps = VNodeProps & AllowedComponentProps & ComponentCustomProps;

type UnionToIntersection<U> = (U extends any ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;
export type ObjectEmitsOptions = Record<string, ((...args: any[]) => any) | null>;

// As vue defines it: one call signature per event, with that event's arguments.
export type EmitFn<Options = ObjectEmitsOptions, Event extends keyof Options = keyof Options> =
  Options extends Array<infer V>
    ? (event: V, ...args: any[]) => void
    : {} extends Options
      ? (event: string, ...args: any[]) => void
      : UnionToIntersection<
          {
            [key in Event]: Options[key] extends (...args: infer Args) => any
              ? (event: key, ...args: Args) => void
              : Options[key] extends any[]
                ? (event: key, ...args: Options[key]) => void
                : (event: key, ...args: any[]) => void;
          }[Event]
        >;
