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
          sx={{ ml: 1, color: 'inherit', borderColor: 'currentColor' }}
          variant="outlined"
          aria-label="Signed-in user"
        />
      )}
    </RaAppBar>
  );
};
