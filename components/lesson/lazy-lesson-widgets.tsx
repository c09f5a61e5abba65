'use client';

import dynamic from 'next/dynamic';

/*
 * The live demos and widgets a lesson may embed, each split into its own client chunk.
 *
 * Every lesson is rendered by one route with one registry (mdx-components.tsx), so statically
 * imported demos would be in the first-load JavaScript of every lesson, even one that embeds
 * none. Through next/dynamic a demo's chunk is loaded only by a page that renders it, and, with
 * SSR left on, that page still prerenders the demo's HTML and hydrates it in place.
 * next/dynamic splits code only when it is called from a client module, hence this file.
 */

export const LazyInspector = dynamic(() => import('@/components/inspector/inspector').then((mod) => mod.Inspector));

export const LazyLoginDemo = dynamic(() => import('@/components/demos/login-demo').then((mod) => mod.LoginDemo));

export const LazyCartDemo = dynamic(() => import('@/components/demos/cart-demo').then((mod) => mod.CartDemo));

export const LazyRaceLab = dynamic(() => import('@/components/demos/race-lab').then((mod) => mod.RaceLab));

export const LazyActivityDemo = dynamic(() => import('@/components/demos/activity-demo').then((mod) => mod.ActivityDemo));

export const LazyOptionsPlayground = dynamic(() => import('@/components/playground/options-playground').then((mod) => mod.OptionsPlayground));

export const LazySignaturePlayground = dynamic(() =>
  import('@/components/lesson/signature-playground').then((mod) => mod.SignaturePlayground),
);

export const LazyRequestDiagram = dynamic(() => import('@/components/lesson/request-diagram').then((mod) => mod.RequestDiagram));
