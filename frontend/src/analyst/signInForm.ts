// Analyst sign-in for the review view: the form, the signed-in line, and the first check with GET /api/me.
import { h } from "../dom";
import type { AppContext } from "../state/context";
import { describeError, isAbort } from "../views/status";
import { canWrite, getSession, loadSession, signIn, SignInError, signOut, type Session } from "./auth";

/** Fills `auth` with who is signed in (or the form); returns the function that shows the form again. */
export function mountSignIn(ctx: AppContext, auth: HTMLElement, signal: AbortSignal): (message?: string, problem?: boolean) => void {
  function showSignedIn(session: Session): void {
    const readOnly = canWrite(session) ? null : h("span", { class: "muted" }, " Your role (viewer) can read but not change anything.");
    auth.replaceChildren(h("p", { class: "review-signed-in" },
      h("span", { "data-testid": "login-status", role: "status" }, "Signed in as ", h("strong", { "data-testid": "signed-in-name" }, session.displayName),
        ` (${session.user}, ${session.role}).`), readOnly, " ",
      h("button", { type: "button", class: "button button-small", "data-testid": "logout", onclick: () => {
        signOut().finally(() => {
          showLogin("Signed out.", false);
          ctx.announce("Signed out.");
        });
      } }, "Sign out")));
  }

  function showLogin(message = "Sign in as an analyst to add sources and review statements.", problem = false): void {
    const user = h("input", { id: "login-user", name: "username", autocomplete: "username", required: true, "data-testid": "login-user" });
    const password = h("input", { id: "login-password", name: "password", type: "password", autocomplete: "current-password", required: true, "data-testid": "login-password" });
    const status = h("p", { class: `login-status${problem ? " is-error" : ""}`, role: problem ? "alert" : "status", "data-testid": "login-status" }, message);
    const submit = h("button", { type: "submit", class: "button", "data-testid": "login-submit" }, "Sign in");
    const form = h("form", { class: "login-form", "aria-label": "Sign in", novalidate: true },
      h("div", { class: "field" }, h("label", { for: "login-user" }, "User"), user),
      h("div", { class: "field" }, h("label", { for: "login-password" }, "Password"), password),
      submit, status);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!user.value.trim() || !password.value) {
        status.textContent = "Enter a user name and a password.";
        return;
      }
      submit.disabled = true;
      status.className = "login-status";
      status.textContent = "Checking…";
      signIn(user.value, password.value).then(
        (session) => {
          showSignedIn(session);
          ctx.announce(`Signed in as ${session.displayName}.`);
        },
        (error) => {
          submit.disabled = false;
          status.className = "login-status is-error";
          status.setAttribute("role", "alert");
          status.textContent = error instanceof SignInError ? error.message : describeError(error).detail;
          password.value = "";
          password.focus();
        },
      );
    });
    auth.replaceChildren(form);
    if (problem) user.focus();
  }

  const known = getSession();
  if (known) showSignedIn(known);
  else {
    auth.replaceChildren(h("p", { class: "login-status", role: "status", "data-testid": "login-status" }, "Checking who is signed in…"));
    loadSession(signal).then(
      (session) => (session ? showSignedIn(session) : showLogin()),
      (error) => !isAbort(error) && showLogin(error instanceof Error ? error.message : String(error), true),
    );
  }

  return showLogin;
}
