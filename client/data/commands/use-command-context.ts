/**
 * Which command context screens write with: undefined in the app (each command then uses the
 * signed-in user's, `currentCommandContext()`); a test provides its own database and user.
 */
import { createContext, useContext } from 'react';
import type { CommandContext } from './context';

export const CommandContextOverride = createContext<CommandContext | undefined>(undefined);

/** Pass the result as a command's last argument: undefined falls back to the default. */
export function useCommandContext(): CommandContext | undefined {
  return useContext(CommandContextOverride);
}
