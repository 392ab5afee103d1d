/** A route group's code: its resource paths (exactly those of ROUTE_GROUPS) bound to their route factories. */
import type { Hono } from 'hono';
import type { AppDeps } from './deps.ts';
import type { GroupPath, RouteGroupId } from './registry.ts';

/** Builds one resource's routes over the app's dependencies. */
export type RouteFactory = (deps: AppDeps) => Hono;

/** One group's mounts; the type demands every path the registry lists for it, and no other. */
export interface MountedGroup<G extends RouteGroupId = RouteGroupId> {
  readonly id: G;
  readonly mounts: Readonly<Record<GroupPath<G>, RouteFactory>>;
}

/** Bind a group's registry paths to their route factories. */
export const mountGroup = <G extends RouteGroupId>(id: G, mounts: Record<GroupPath<G>, RouteFactory>): MountedGroup<G> => ({ id, mounts });

/** Any one group's mounts. */
export type AnyMountedGroup = { [G in RouteGroupId]: MountedGroup<G> }[RouteGroupId];
