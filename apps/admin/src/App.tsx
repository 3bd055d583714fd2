import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './auth/authProvider';
import users from './users';
import { i18nProvider } from './i18n/i18nProvider';
import { dataProvider } from './providers/dataProvider';
import resolutions from './resolutions';
import sessions from './sessions';
import offices, { officeSuggestionRules } from './offices';
import documents from './documents';
import obligations from './obligations';
import calendarFeeds from './calendar-feeds';
import audit from './audit';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { SEARCH_ROUTE } from './search/searchPath';
import { lazyPage, standaloneLazyPage } from './lazyPage';

// Each screen is its own chunk, fetched on first visit (see lazyPage); one line per page keeps merges easy.
const Dashboard = lazyPage(() => import('./dashboard/Dashboard'), 'Dashboard');
const ImportPage = lazyPage(() => import('./imports/ImportPage'), 'ImportPage');
const SettingsPage = lazyPage(() => import('./settings/SettingsPage'), 'SettingsPage');
const SearchPage = lazyPage(() => import('./search/SearchPage'), 'SearchPage');
const AgendaPage = lazyPage(() => import('./agenda/AgendaPage'), 'AgendaPage');
const CompliancePage = lazyPage(() => import('./compliance/CompliancePage'), 'CompliancePage');
const TokensPage = lazyPage(() => import('./tokens/TokensPage'), 'TokensPage');
const AccountPage = lazyPage(() => import('./auth/AccountPage'), 'AccountPage');
const SignInPage = standaloneLazyPage(() => import('./auth/SignInPage'), 'SignInPage');

export const App = () => (
  <Admin
    title="UN Mandate Tracker"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    disableTelemetry
    authProvider={authProvider}
    loginPage={SignInPage}
    requireAuth
    layout={Layout}
    theme={theme}
    dashboard={Dashboard}
  >
    <Resource name="resolutions" {...resolutions} recordRepresentation="symbol" />
    <Resource name="obligations" {...obligations} />
    <Resource name="documents" {...documents} recordRepresentation="symbol" />
    <Resource name="sessions" {...sessions} />
    <Resource name="calendar-feeds" {...calendarFeeds} recordRepresentation="name" />
    <Resource name="users" {...users} recordRepresentation="displayName" />
    <Resource name="offices" {...offices} />
    <Resource name="office-suggestion-rules" {...officeSuggestionRules} />
    <Resource name="audit" {...audit} />
    <CustomRoutes>
      <Route path="/agenda" element={<AgendaPage />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/tokens" element={<TokensPage />} />
      <Route path="/account" element={<AccountPage />} />
      <Route path="/compliance" element={<CompliancePage />} />
      <Route path={SEARCH_ROUTE} element={<SearchPage />} />
    </CustomRoutes>
  </Admin>
);
