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
    <RaLayout menu={held ? EmptyMenu : Menu} appBar={AppBar}>
      {held ? <AccountPage /> : children}
    </RaLayout>
  );
};

const EmptyMenu = () => null;
