// The admin view (`view=accounts`): list accounts, create one, enable or disable, change the role,
// reset a password. Shown only to admins; the server checks the role on every call anyway.
import type { AppContext } from "../state/context";
import { h } from "../dom";
import { describeError, errorBlock, isAbort, loadingBlock } from "../views/status";
import { getSession, isAdmin, loadSession, type Role } from "./auth";
import { send } from "./reviewApi";

export interface AccountRow {
  username: string;
  displayName: string;
  role: Role;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export const accountsApi = {
  list: () => send<AccountRow[]>("GET", "/api/accounts", getSession()),
  create: (body: { username: string; displayName: string; role: Role; password: string }) => send<AccountRow>("POST", "/api/accounts", getSession(), body),
  change: (username: string, body: Partial<Pick<AccountRow, "enabled" | "role" | "displayName">>) =>
    send<AccountRow>("PATCH", `/api/accounts/${encodeURIComponent(username)}`, getSession(), body),
  resetPassword: (username: string, password: string) => send<null>("POST", `/api/accounts/${encodeURIComponent(username)}/password`, getSession(), { password }),
};

const ROLES: Role[] = ["viewer", "analyst", "admin"];

export function renderAccounts(ctx: AppContext, container: HTMLElement, signal: AbortSignal): void {
  const status = h("p", { class: "login-status", role: "status", "data-testid": "accounts-status" });
  const list = h("div", { class: "accounts-list" });
  container.replaceChildren(h("h2", {}, "Accounts"),
    h("p", { class: "view-intro" }, "Named accounts: viewers read, analysts add sources and code statements, admins also manage accounts. A disabled account cannot sign in, and its open sessions end."),
    status, list);

  const say = (message: string, problem = false) => {
    status.className = `login-status${problem ? " is-error" : ""}`;
    status.setAttribute("role", problem ? "alert" : "status");
    status.textContent = message;
    if (!problem) ctx.announce(message);
  };
  const failed = (error: unknown) => {
    const { title, detail } = describeError(error);
    say(`${title}: ${detail}`, true);
  };

  const load = () => {
    list.replaceChildren(loadingBlock("the accounts"));
    accountsApi.list().then((rows) => !signal.aborted && list.replaceChildren(createForm(), table(rows)),
      (error) => !signal.aborted && list.replaceChildren(errorBlock("the accounts", error, load)));
  };

  function createForm(): HTMLElement {
    const username = h("input", { id: "account-username", name: "username", required: true, autocomplete: "off", "data-testid": "account-username" });
    const displayName = h("input", { id: "account-display-name", name: "displayName", "data-testid": "account-display-name" });
    const role = h("select", { id: "account-role", name: "role", "data-testid": "account-role" }, ...ROLES.map((r) => h("option", { value: r, selected: r === "analyst" }, r)));
    const password = h("input", { id: "account-password", name: "password", type: "password", autocomplete: "new-password", required: true, "data-testid": "account-password" });
    const field = (id: string, label: string, input: HTMLElement) => h("div", { class: "field" }, h("label", { for: id }, label), input);
    const form = h("form", { class: "login-form", "aria-label": "New account", novalidate: true },
      field("account-username", "User name", username), field("account-display-name", "Display name", displayName),
      field("account-role", "Role", role), field("account-password", "Password", password),
      h("button", { type: "submit", class: "button", "data-testid": "account-create" }, "Create account"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      accountsApi.create({ username: username.value.trim(), displayName: displayName.value.trim(), role: role.value as Role, password: password.value }).then(
        (created) => {
          say(`Account ${created.username} created.`);
          load();
        },
        failed,
      );
    });
    return h("section", { "aria-label": "New account" }, h("h3", {}, "New account"), form);
  }

  function table(rows: AccountRow[]): HTMLElement {
    const body = h("tbody", {}, ...rows.map((row) => {
      const role = h("select", { "aria-label": `Role of ${row.username}`, "data-testid": `account-role-${row.username}` },
        ...ROLES.map((r) => h("option", { value: r, selected: r === row.role }, r)));
      role.addEventListener("change", () => accountsApi.change(row.username, { role: role.value as Role }).then(
        () => say(`${row.username} is now ${role.value}.`), (error) => {
          role.value = row.role;
          failed(error);
        }));
      const toggle = h("button", { type: "button", class: "button button-small", "data-testid": `account-toggle-${row.username}`, onclick: () =>
        accountsApi.change(row.username, { enabled: !row.enabled }).then(() => {
          say(`${row.username} ${row.enabled ? "disabled" : "enabled"}.`);
          load();
        }, failed) }, row.enabled ? "Disable" : "Enable");
      const reset = h("button", { type: "button", class: "button button-small", "data-testid": `account-reset-${row.username}`, onclick: () => {
        const password = prompt(`New password for ${row.username}:`);
        if (!password) return;
        accountsApi.resetPassword(row.username, password).then(() => say(`Password of ${row.username} reset; its sessions ended.`), failed);
      } }, "Reset password");
      return h("tr", { "data-testid": `account-row-${row.username}` },
        h("td", {}, row.username), h("td", {}, row.displayName), h("td", {}, role),
        h("td", { "data-testid": `account-enabled-${row.username}` }, row.enabled ? "enabled" : "disabled"), h("td", {}, toggle, " ", reset));
    }));
    return h("table", { class: "data-table", "data-testid": "accounts-table" },
      h("thead", {}, h("tr", {}, h("th", {}, "User"), h("th", {}, "Name"), h("th", {}, "Role"), h("th", {}, "State"), h("th", {}, "Actions"))), body);
  }

  const session = getSession();
  const start = (s: typeof session) => {
    if (isAdmin(s)) load();
    else list.replaceChildren(h("p", { "data-testid": "accounts-need-admin" }, "Only an admin can manage accounts. Sign in as an admin on the Review tab."));
  };
  if (session) start(session);
  else loadSession(signal).then(start, (error) => !isAbort(error) && failed(error));
}
