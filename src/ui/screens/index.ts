/**
 * Picks the screen for the shell's route or the game's step. Every private screen is
 * reached only through the hand-off screen (see session/secrecy.ts).
 */
import { renderTopbar } from '../panels/topbar.ts';
import type { Route, Shell, Table } from '../shell.ts';
import { renderBriefing } from './briefing.ts';
import { renderClassTournament } from './classTournament.ts';
import { renderCrisis } from './crisis.ts';
import { renderCrisisOutcome } from './crisisOutcome.ts';
import { renderDebrief } from './debrief.ts';
import { renderHandoff } from './handoff.ts';
import { renderHowTo } from './howto.ts';
import { renderPlanning } from './planning.ts';
import { renderResolution } from './resolution.ts';
import { renderSettings } from './settingsScreen.ts';
import { renderSetup } from './setup.ts';
import { renderSummary } from './summary.ts';
import { renderTitle } from './title.ts';
import { renderWaiting } from './waiting.ts';
import { setLayout } from './layout.ts';

export function renderScreen(app: Shell, route: Route, session: Table | undefined): void {
  const step = route === 'game' ? session?.step : undefined;
  if (!session || !step) {
    app.map.hide();
    setLayout('full');
    app.topbar.replaceChildren();
    app.topbar.hidden = true;
    switch (route) {
      case 'setup':
        return renderSetup(app, 'hotseat');
      case 'setupAi':
        return renderSetup(app, 'ai');
      case 'howto':
        return renderHowTo(app);
      case 'settings':
        return renderSettings(app);
      case 'classTournament':
        return renderClassTournament(app);
      default:
        return renderTitle(app);
    }
  }
  app.topbar.hidden = false;
  renderTopbar(app, session, step);
  switch (step.screen) {
    case 'handoff':
      return renderHandoff(app, session, step);
    case 'briefing':
      return renderBriefing(app, session, step.side);
    case 'summary':
      return renderSummary(app, session, step.side);
    case 'planning':
      return renderPlanning(app, session, step.side);
    case 'crisis':
      return renderCrisis(app, session, step.side);
    case 'resolution':
      return renderResolution(app, session, step.turn);
    case 'crisisOutcome':
      return renderCrisisOutcome(app, session, step.turn);
    case 'waiting':
      return renderWaiting(app, session);
    case 'debrief':
      return renderDebrief(app, session);
  }
}
