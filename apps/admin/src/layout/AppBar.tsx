import { Box } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { SearchBox } from './SearchBox';

/** react-admin's app bar with the search box between the page title and the user menu. */
export const AppBar = () => (
  <RaAppBar>
    <TitlePortal />
    <Box sx={{ flex: 1 }} />
    <SearchBox />
  </RaAppBar>
);
