import { Link } from 'react-router-dom';
import type { Collaborator } from '../../../shared/entities/collaborator';
import type { Project } from '../../../shared/entities/project';
import { useCall } from '../api/hooks';
import { Avatar } from '../components/Avatar';
import { Badge, StatusPill } from '../components/Badge';
import { ButtonLink } from '../components/Button';
import { DueCheckIns } from '../components/checkIns/DueCheckIns';
import { modKey } from '../components/capture/shortcutLabel';
import { Card } from '../components/Card';
import { Icon, Logo } from '../components/Icon';
import { ExploreSampleButton } from '../components/library/ExploreSampleButton';
import { PageHeader } from '../components/PageHeader';
import { AttentionCards } from '../components/patterns/AttentionCards';
import { LatestProfile } from '../components/selfAssessment/LatestProfile';
import { SelfAssessmentInvitation } from '../components/selfAssessment/SelfAssessmentInvitation';
import { ErrorNotice, Loading } from '../components/StatusViews';
import { MEDIUM_LABEL, ROLE_LABEL, formatAgo, plural } from '../format';
import '../components/surfaces/rows.css';
import '../components/surfaces/notice.css';
import './Dashboard.css';

const RECENT = 5;

/** First run: what Counterpoint is and how to start. Afterwards: counts and what changed lately. */
export function Dashboard() {
  const projects = useCall('projects.list', { includeArchived: true });
  const people = useCall('collaborators.list', { includeArchived: true });

  if (projects.isPending || people.isPending) return <Loading />;
  if (projects.isError) return <ErrorNotice error={projects.error} onRetry={() => void projects.refetch()} />;
  if (people.isError) return <ErrorNotice error={people.error} onRetry={() => void people.refetch()} />;

  if (projects.data.length === 0 && people.data.length === 0) return <Welcome />;

  const liveProjects = projects.data.filter((project) => !project.archivedAt);
  const livePeople = people.data.filter((person) => !person.archivedAt);
  return (
    <>
      <PageHeader title="Dashboard" subtitle="Your projects and the people you make them with." />
      <div className="stats">
        <Stat label={['Active project', 'Active projects']} value={liveProjects.filter((project) => project.status === 'active').length} to="/projects?status=active" />
        <Stat label={['Project', 'All projects']} value={liveProjects.length} to="/projects" />
        <Stat label={['Person', 'People']} value={livePeople.filter((person) => person.kind === 'person').length} to="/people" />
        <Stat label={['Group', 'Groups']} value={livePeople.filter((person) => person.kind === 'group').length} to="/people" />
      </div>
      <DueCheckIns />
      <AttentionCards />
      <div className="dashboard-grid">
        <RecentProjects projects={newestFirst(liveProjects).slice(0, RECENT)} />
        <RecentPeople people={newestFirst(livePeople).slice(0, RECENT)} />
      </div>
      <LatestProfile />
      <div className="notice notice--accent">
        <Icon name="sparkle" />
        <div className="notice__text">
          <strong>Log as it happens</strong>
          <span>
            Press {modKey()} L anywhere to log feedback, a lesson, help or a request in a few keystrokes.{' '}
            <Link className="link" to="/patterns">
              Patterns
            </Link>{' '}
            shows which relationships are mutual and which have become one-sided.
          </span>
        </div>
      </div>
    </>
  );
}

const newestFirst = <T extends { updatedAt: string }>(items: T[]) =>
  [...items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

/** `label` is [one, many]: "1 Group", "2 Groups". */
function Stat({ label, value, to }: { label: [string, string]; value: number; to: string }) {
  return (
    <Link className="stat" to={to}>
      <span className="stat__value">{value}</span>
      <span className="stat__label">{value === 1 ? label[0] : label[1]}</span>
    </Link>
  );
}

function RecentProjects({ projects }: { projects: Project[] }) {
  return (
    <Card
      title="Recently updated projects"
      flush
      actions={
        <Link className="link link--quiet" to="/projects">
          All projects
        </Link>
      }
    >
      {projects.length === 0 ? (
        <p className="card__empty">
          No projects yet. <Link className="link" to="/projects/new">Add your first project</Link>
        </p>
      ) : (
        <ul className="rows rows--inset" aria-label="Recently updated projects">
          {projects.map((project) => (
            <li key={project.id} className="row row--compact">
              <div className="row__main">
                <Link className="row__title stretched-link" to={`/projects/${project.id}`} title={project.title}>
                  {project.title}
                </Link>
                <div className="row__meta">
                  <span>{MEDIUM_LABEL[project.medium]}</span>
                  <span className="dot-sep" aria-hidden="true" />
                  <span>{plural(project.memberCount, 'person', 'people')}</span>
                  <span className="dot-sep" aria-hidden="true" />
                  <span>{formatAgo(project.updatedAt)}</span>
                </div>
              </div>
              <StatusPill status={project.status} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function RecentPeople({ people }: { people: Collaborator[] }) {
  return (
    <Card
      title="Recently updated people"
      flush
      actions={
        <Link className="link link--quiet" to="/people">
          All people
        </Link>
      }
    >
      {people.length === 0 ? (
        <p className="card__empty">
          No people yet. <Link className="link" to="/people/new">Add the first person you work with</Link>
        </p>
      ) : (
        <ul className="rows rows--inset" aria-label="Recently updated people">
          {people.map((person) => (
            <li key={person.id} className="row row--compact row--person">
              <Avatar id={person.id} name={person.name} kind={person.kind} size="sm" />
              <div className="row__main">
                <Link className="row__title stretched-link" to={`/people/${person.id}`} title={person.name}>
                  {person.name}
                </Link>
                <div className="row__meta">
                  {person.kind === 'group' && <Badge tone="blue">Group</Badge>}
                  <span>{person.roles.map((role) => ROLE_LABEL[role]).join(', ') || 'No roles yet'}</span>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function Welcome() {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <Logo size={44} />
      <WelcomeHeading />
      <p className="welcome__lead">
        Log the feedback, lessons and help that pass between you and the people you make things with. Over time,
        Counterpoint shows which of those relationships are <strong>mutual</strong> — and which have become{' '}
        <strong>one-sided</strong>.
      </p>
      <div className="welcome__actions">
        <ButtonLink to="/people/new" variant="primary" icon={<Icon name="plus" />}>
          Add your first person
        </ButtonLink>
        <ButtonLink to="/projects/new" icon={<Icon name="projects" />}>
          Add a project
        </ButtonLink>
      </div>
      <div className="welcome__offers">
        <LatestProfile fallback={<SelfAssessmentInvitation compact />} />
        <section className="welcome__offer" aria-labelledby="welcome-sample-title">
          <h2 id="welcome-sample-title">Look around first</h2>
          <p>A sample library: a dozen made-up people with a year of feedback, lessons, help and requests.</p>
          <ExploreSampleButton />
        </section>
      </div>
      <ol className="welcome__steps">
        <li>
          <span className="welcome__step-number" aria-hidden="true">1</span>
          <div>
            <strong>Add the people you work with</strong>
            <span>Mentors, peers, critics, co-creators — and groups like a band or a class.</span>
          </div>
        </li>
        <li>
          <span className="welcome__step-number" aria-hidden="true">2</span>
          <div>
            <strong>Add your projects</strong>
            <span>An album, a series of paintings, a script — and who is on each, doing what.</span>
          </div>
        </li>
        <li>
          <span className="welcome__step-number" aria-hidden="true">3</span>
          <div>
            <strong>Log what passes between you</strong>
            <span>Feedback, lessons, help and requests, given and received — {modKey()} L logs one from anywhere.</span>
          </div>
        </li>
      </ol>
      <p className="welcome__privacy">Everything stays on this computer. Nothing is sent anywhere.</p>
    </section>
  );
}

/** A stable callback ref runs once on mount: the welcome h1 takes focus like every page heading. */
const focusOnMount = (node: HTMLElement | null) => node?.focus({ preventScroll: true });

function WelcomeHeading() {
  return (
    <h1 className="welcome__title" id="welcome-title" tabIndex={-1} ref={focusOnMount}>
      Welcome to Counterpoint
    </h1>
  );
}
