// The catalogue for the screens: given once at the root, read with useMessages().
import { createContext, useContext, type ReactNode } from 'react';
import { ENGLISH, type Messages } from './messages.js';

const MessagesContext = createContext<Messages>(ENGLISH);

export function MessagesProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

export const useMessages = (): Messages => useContext(MessagesContext);
