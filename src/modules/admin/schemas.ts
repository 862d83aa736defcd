import { type Static, Type } from '@sinclair/typebox';

const Page = Type.Integer({ minimum: 1, maximum: 100000, default: 1 });
// Loose on purpose: a badly typed date is shown at its field, not refused as a bad request.
const Text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

export const AuditQuery = Type.Object({
  akcja: Text(100),
  typ: Text(100),
  aktor: Text(254),
  od: Text(40),
  do: Text(40),
  strona: Page,
});
export type AuditQuery = Static<typeof AuditQuery>;

export const UsersQuery = Type.Object({ rola: Text(40), email: Text(254), strona: Page });
export type UsersQuery = Static<typeof UsersQuery>;

export const UserParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
export type UserParams = Static<typeof UserParams>;

/** After a change the page says what was done: ?nadano=<role> or ?odebrano=<role>. */
export const UserQuery = Type.Object({ nadano: Text(40), odebrano: Text(40) });
export type UserQuery = Static<typeof UserQuery>;

export const RoleChangeBody = Type.Object({
  zmiana: Type.Union([Type.Literal('nadaj'), Type.Literal('odbierz')]),
  rola: Type.String({ maxLength: 40 }),
});
export type RoleChangeBody = Static<typeof RoleChangeBody>;
