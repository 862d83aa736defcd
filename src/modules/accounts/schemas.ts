import { type Static, Type } from '@sinclair/typebox';
import { ROLES } from './roles.ts';

export const TokenRequest = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    totp: Type.Optional(
      Type.String({
        pattern: '^\\d{6}$',
        description: 'Required when the account has two-step verification on',
      }),
    ),
    name: Type.String({
      minLength: 1,
      maxLength: 80,
      description: 'What the token is for, e.g. "nightly export"',
    }),
  },
  { additionalProperties: false },
);
export type TokenRequest = Static<typeof TokenRequest>;

export const CreatedToken = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  token: Type.String({ description: 'Shown once; send it as Authorization: Bearer <token>' }),
});

export const Me = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.Union(ROLES.map((role) => Type.Literal(role)))),
});

export const TokenIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
