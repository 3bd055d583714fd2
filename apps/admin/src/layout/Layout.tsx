import type { ReactNode } from 'react';
import { Layout as RaLayout, useGetIdentity } from 'react-admin';
import { AccountPage } from '../auth/AccountPage';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * A user holding a one-time password sees only the change-password screen: the API refuses everything else
 * (403 PASSWORD_CHANGE_REQUIRED) until they choose their own.
 */
export const Layout = ({ children }: { children: ReactNode }) => {
  const { identity } = useGetIdentity();
  const held = identity?.mustChangePassword === true;
  return (
    <RaLayout menu={held ? EmptyMenu : Menu} appBar={AppBar} sx={NARROW_CONTENT}>
      {held ? <AccountPage /> : children}
    </RaLayout>
  );
};

const EmptyMenu = () => null;

// A flex item is at least as wide as its widest unbreakable content by default (a long symbol, a clause's first
// words): on a phone that pushed the whole page past the screen's edge. There the content wraps instead.
const NARROW_CONTENT = {
  '& .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 },
  '@media (max-width: 599.95px)': { '& .RaLayout-content': { overflowWrap: 'anywhere' } },
};
