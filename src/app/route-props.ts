/** What each screen component receives from the router: the path's `:params` and the query string. */
export interface RouteProps {
  params: Record<string, string>;
  query: URLSearchParams;
}
