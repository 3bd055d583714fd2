import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme with colours dark enough to read: its app bar blue (#2196f3) and MUI's primary and
 * warning colours fall short of WCAG AA's 4.5:1 for white text or on the page background (axe, issue 14).
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1565c0' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    warning: { main: '#b35900', contrastText: '#fff' },
    info: { main: '#01579b', contrastText: '#fff' },
  },
  components: {
    ...defaultTheme.components,
    // Spinners (react-admin's loading indicator among them) are progress bars: a screen reader needs their name.
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Loading' } },
  },
};
