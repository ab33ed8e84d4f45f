'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/** A masked input for `currentPassword`; empty is fine: the server asks for it only when needed. */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField
    field={field}
    path={path ?? field.name}
    autoComplete="current-password"
    validate={() => true}
  />
)
