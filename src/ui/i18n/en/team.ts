import type { team as pl } from '../pl/team.ts';

/** English texts of a cluster's team (owner and editors) and its management pages' navigation. */
export const team: Record<keyof typeof pl, string> = {
  'team.title': 'Team of the cluster {name}',
  'team.lead':
    "The team's members may update the cluster's profile and member list. The owner — the person who registered the cluster — manages the team.",
  'team.membersHeading': 'People in the team',
  'team.caption': "The cluster's team",
  'team.colName': 'Name',
  'team.colEmail': 'E-mail',
  'team.colRole': 'Role',
  'team.colActions': 'Actions',
  'team.role.owner': 'owner',
  'team.role.editor': 'editor',
  'team.remove': 'Remove from the team',
  'team.invitationsHeading': 'Invitations sent',
  'team.invitationValidUntil': 'invitation valid until {date}',
  'team.addHeading': 'Add an editor',
  'team.email': 'E-mail address',
  'team.emailHint':
    'A person with an account in the portal is added at once. An address without an account gets an invitation valid for 7 days.',
  'team.add': 'Add to the team',
  'team.nav.label': 'Managing the cluster',
  'team.nav.form': "The cluster's data",
  'team.nav.members': 'Members',
  'team.nav.import': 'Import from a file',
  'team.nav.team': 'Team',
  'team.nav.profile': 'Public profile',
  'team.notice.added': 'The editor was added and told by e-mail.',
  'team.notice.invited':
    'The invitation was sent. The person joins the team after signing in with that address.',
  'team.notice.removed': 'The editor was removed from the team.',
  'team.alreadyInTeam': "This person is already in the cluster's team.",
  'team.notAnEditor': "This person is not one of the cluster's editors. The owner cannot be removed.",
  'team.invitation.title': "Invitation to a cluster's team",
  'team.invitation.invalid': 'The invitation link is not valid, has expired or has already been used.',
  'team.invitation.text': 'You have been invited to the team of the cluster {cluster} (address {email}).',
  'team.invitation.signInFirst':
    'To join, sign in with the account of {email}; if you have none, create one and come back to this link.',
  'team.invitation.signIn': 'Sign in',
  'team.invitation.register': 'Create an account',
  'team.invitation.accept': 'Join the team',
  'team.invitation.otherEmail':
    "The invitation was sent to another e-mail address than your account's. Sign in with that address.",
};
