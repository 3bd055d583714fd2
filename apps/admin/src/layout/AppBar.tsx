import { Box, Chip } from '@mui/material';
import { ROLE_LABELS, isRole } from '@mandate-tracker/contracts';
import { AppBar as RaAppBar, TitlePortal, useGetIdentity } from 'react-admin';
import { SearchBox } from './SearchBox';
import { UserMenu } from './UserMenu';

/** react-admin's app bar: page title, search, the signed-in user's role, and their menu (name, tokens, sign-out). */
export const AppBar = () => {
  const { identity } = useGetIdentity();
  return (
    <RaAppBar userMenu={<UserMenu />}>
      <TitlePortal />
      <Box sx={{ flex: 1 }} />
      <SearchBox />
      {isRole(identity?.role) && (
        <Chip
          size="small"
          label={`${identity.fullName} · ${ROLE_LABELS[identity.role]}`}
          // On a phone the bar has no room for it: the account menu names the user there.
          sx={{ ml: 1, color: 'inherit', borderColor: 'currentColor', display: { xs: 'none', sm: 'flex' } }}
          variant="outlined"
          aria-label="Signed-in user"
        />
      )}
    </RaAppBar>
  );
};
