import SearchIcon from '@mui/icons-material/Search';
import { Box, InputAdornment, InputBase } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useTranslate } from 'react-admin';
import { SEARCH_ROUTE, searchPath } from '../search/searchPath';
import { SEARCH_QUERY_MAX_LENGTH } from '@mandate-tracker/contracts';

/** The one search box: Enter opens the results page for the words typed. */
export const SearchBox = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const location = useLocation();
  const [q, setQ] = useState('');
  // On the results page the box shows what was searched for, also after back and forward.
  useEffect(() => {
    if (location.pathname === SEARCH_ROUTE) setQ(new URLSearchParams(location.search).get('q') ?? '');
  }, [location.pathname, location.search]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim()) navigate(searchPath(q.trim()));
  };
  return (
    <Box component="form" role="search" onSubmit={submit} sx={{ mx: 2, bgcolor: 'rgba(255,255,255,0.15)', borderRadius: 1, px: 1 }}>
      <InputBase
        value={q}
        onChange={(event) => setQ(event.target.value)}
        placeholder={translate('search.placeholder')}
        inputProps={{ 'aria-label': translate('search.label'), maxLength: SEARCH_QUERY_MAX_LENGTH, type: 'search' }}
        startAdornment={
          <InputAdornment position="start" sx={{ color: 'inherit' }}>
            <SearchIcon />
          </InputAdornment>
        }
        sx={{ color: 'inherit', width: { xs: 160, md: 320 } }}
      />
    </Box>
  );
};
