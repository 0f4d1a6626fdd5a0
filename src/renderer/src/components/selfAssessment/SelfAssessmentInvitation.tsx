/** The invitation to a first self-assessment: what it is, how long it takes, and the way in. */
import { QUESTIONNAIRE } from '../../../../shared/selfAssessment/questionnaire';
import { ButtonLink } from '../Button';
import { Icon } from '../Icon';
import './SelfAssessmentInvitation.css';

export function SelfAssessmentInvitation({ compact = false }: { compact?: boolean }) {
  return (
    <section className={`sa-invite${compact ? ' sa-invite--compact' : ''}`} aria-labelledby="sa-invite-title">
      <span className="sa-invite__icon" aria-hidden="true">
        <Icon name="assessment" size={compact ? 18 : 22} />
      </span>
      <div className="sa-invite__text">
        <h2 className="sa-invite__title" id="sa-invite-title">
          Start with yourself
        </h2>
        {compact ? (
          <p>
            {QUESTIONNAIRE.items.length} short statements, about five minutes: a profile of how you work with others, in plain
            words, with one thing to try for each part.
          </p>
        ) : (
          <p>
            {QUESTIONNAIRE.items.length} short statements about how you work with others, about five minutes. You get a profile
            across the four ways of working with others and the three things mutual exchange brings, in plain words, with one
            thing to try for each. As your log fills, it sits beside what the log shows.
          </p>
        )}
      </div>
      <ButtonLink to="/self-assessment/take" variant={compact ? 'secondary' : 'primary'} icon={<Icon name="assessment" />}>
        Take the self-assessment
      </ButtonLink>
    </section>
  );
}
