// The text of `iamtutor --help`.
export const USAGE = `iamtutor — learn AWS IAM credentials in a simulated IAM console

Usage:
  iamtutor                 the home screen: the lessons, your progress, continue
  iamtutor start LESSON    start or resume a lesson: its id, or a path to a lesson file
  iamtutor start LESSON --assess
                           take the lesson as an assessment: no hints, solutions or skips,
                           quiz choices shuffled, graded by the lesson's goals
  iamtutor start LESSON --step ID
                           start at a step (a class checkpoint), in the state the earlier
                           steps' solutions produce
  iamtutor start LESSON --lrs ENDPOINT
                           (or iamtutor --lrs ENDPOINT) send your learning records to your
                           class's LRS as you work, with key:secret from IAMTUTOR_LRS_AUTH or
                           --lrs-auth-file FILE; what cannot be sent waits in a queue
  iamtutor sandbox         the IAM console with a ready account and no lesson
  iamtutor lint PATH…      check lesson files, course.yaml files, or folders of them;
                           --format json, --no-self-test to skip replaying the solutions

For instructors:
  iamtutor demo LESSON     present a lesson: its solutions played as console actions, with
                           a caption per step; starts paused and stops at each quiz.
                           Space play/pause, ←/→ step, a reveal a quiz's answer, n notes,
                           t take/give back the keyboard; --speed SECONDS per action
                           (default 1.5), --autoplay to play unattended, quizzes included
  iamtutor demo LESSON --notes-only
                           on a second terminal: the running demo's instructor notes
  iamtutor report          write your completion record: --format json|md|csv, --out FILE,
                           --name NAME, --learner-key KEY (or IAMTUTOR_LEARNER_KEY) to sign it;
                           --format xapi: xAPI 1.0.3 statements (--email ADDRESS for the actor);
                           --lrs ENDPOINT (or IAMTUTOR_LRS_ENDPOINT) sends them to an LRS, with
                           key:secret from IAMTUTOR_LRS_AUTH or --lrs-auth-file FILE
  iamtutor lrs status      what is queued for the LRS, and the last error
  iamtutor lrs flush       send the queue: --lrs ENDPOINT, credentials as above
  iamtutor class keys      a signing key per learner: --class-key KEY (or IAMTUTOR_CLASS_KEY)
                           --roster FILE (one name a line); hand each learner her own
  iamtutor merge PATH…     the class table from report files or folders: --class-key KEY
                           to verify each learner's signature, --format md|csv, --out FILE

Options:
  --seed N                 seed for generated IDs and keys (default 1): same seed, same keys
  --empty                  sandbox without jane.doe and the developers group
  --users N                sandbox with N more generated users (up to 4998: the 5,000-user quota)
  --lessons DIR            add a course: a folder of lessons (repeatable; also
                           IAMTUTOR_LESSONS=DIR:DIR)
  --presenter              high-contrast colours without dim text, for a projector
  --lang TAG               the lessons' language: en, de, es, pt-BR, ja (remembered; else
                           IAMTUTOR_LANG, else your locale; the console stays English)
  --data-dir DIR           where progress is saved (default: $XDG_STATE_HOME/iamtutor,
                           else ~/.local/state/iamtutor)
  --downloads DIR          where "Download .csv file" writes (default: ~/Downloads/iamtutor)
  --no-color               no colours (NO_COLOR is honoured too)
  --screen-reader          linear layout without borders, for screen readers
  -h, --help               this help
  -v, --version            the version

Nothing touches a real AWS account, a network, or your real ~/.aws.`;
