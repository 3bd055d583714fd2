import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { AccountPage } from './auth/AccountPage';
import { authProvider } from './auth/authProvider';
import { SignInPage } from './auth/SignInPage';
import { TokensPage } from './tokens/TokensPage';
import users from './users';
import { i18nProvider } from './i18n/i18nProvider';
import { dataProvider } from './providers/dataProvider';
import resolutions from './resolutions';
import sessions from './sessions';
import offices, { officeSuggestionRules } from './offices';
import documents from './documents';
import obligations from './obligations';
import calendarFeeds from './calendar-feeds';
import { AgendaPage } from './agenda/AgendaPage';
import audit from './audit';
import { CompliancePage } from './compliance/CompliancePage';
import { ImportPage } from './imports/ImportPage';
import { Layout } from './layout/Layout';
import { SettingsPage } from './settings/SettingsPage';
import { Dashboard } from './dashboard/Dashboard';
import { SearchPage } from './search/SearchPage';
import { SEARCH_ROUTE } from './search/searchPath';

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
