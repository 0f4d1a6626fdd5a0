/** A request's own sections on its page (kinds/request.tsx puts them in the entry layout). */
import { Link } from 'react-router-dom';
import { REQUEST_OUTCOME_LABELS, type Request } from '../../../../shared/entities/request';
import { editEntryHref } from '../../../../shared/kinds';
import { Card } from '../../components/Card';
import { Fact, LoggedFact, PersonLink, ProjectFact } from '../../components/entry/Facts';
import { formatDay } from '../../format';
import '../../components/surfaces/facts.css';

/** The note, or a way to add one. */
export function RequestNote({ entry: request }: { entry: Request }) {
  return (
    <Card title="Note">
      {request.note ? (
        <p className="prose">{request.note}</p>
      ) : (
        <p className="muted">
          No note.{' '}
          {!request.deletedAt && (
            <Link className="link" to={editEntryHref('request', request.id)}>
              Add one
            </Link>
          )}
        </p>
      )}
    </Card>
  );
}

/** Who asked whom, when, how it turned out and whose need it was. */
export function RequestAbout({ entry: request }: { entry: Request }) {
  const person = <PersonLink id={request.collaboratorId} name={request.collaboratorName} />;
  return (
    <Card title="About">
      <dl className="facts log-facts">
        <Fact term="Asked by">{request.askedBy === 'me' ? 'You' : person}</Fact>
        <Fact term="Asked of">{request.askedBy === 'me' ? person : 'You'}</Fact>
        <Fact term="Date asked">{formatDay(request.dateAsked)}</Fact>
        <Fact term="Outcome">{REQUEST_OUTCOME_LABELS[request.outcome]}</Fact>
        <Fact term="Resolved">{request.dateResolved ? formatDay(request.dateResolved) : 'Not yet'}</Fact>
        <ProjectFact entry={request} />
        <Fact term="Whose need">{request.askedBy === 'me' ? 'Yours' : 'Theirs'}</Fact>
        <LoggedFact createdAt={request.createdAt} />
      </dl>
    </Card>
  );
}
