// A section of Settings & data: how to install the app in this browser, or that it is installed.
import { InstallHelp } from './InstallHelp';

/** Install help in a card. */
export function InstallSection() {
  return (
    <section class="card" aria-labelledby="install-title">
      <h2 id="install-title" class="card-title">
        Install the app
      </h2>
      <InstallHelp />
    </section>
  );
}
