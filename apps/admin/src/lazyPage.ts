import { createElement, lazy, Suspense, type ReactNode } from 'react';

/** Pages take no props: react-admin gives them what they need through its contexts. */
type Page = () => ReactNode;

/**
 * A page loaded only when its route is first visited, so the first screen does not download every other
 * screen's code (and its heavy libraries, such as the dashboard's charts). react-admin's Layout wraps routes
 * in Suspense, which shows its loading indicator while the chunk arrives.
 */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, Page>>, name: Name): Page {
  const Loaded = lazy<Page>(async () => ({ default: (await load())[name] }));
  return function LazyPage() {
    return createElement(Loaded);
  };
}

/**
 * The same for a page react-admin shows outside its Layout (the sign-in page), which therefore has no Suspense
 * around it: the page brings its own, showing nothing for the moment the chunk takes.
 */
export function standaloneLazyPage<Name extends string>(load: () => Promise<Record<Name, Page>>, name: Name): Page {
  const Loaded = lazyPage(load, name);
  return function StandaloneLazyPage() {
    return createElement(Suspense, { fallback: null }, createElement(Loaded));
  };
}
