using System.Globalization;
using Grpc.Core;
using Microsoft.Extensions.Options;
using SocialPrescribing.Notifications;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Surveys;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Sends a person a survey's single-use link, by the way agreed on their referral: after they attended an activity
/// (when attendance is recorded), and when their referral closes as completed (the I statements, and carers' own
/// survey), and on the follow-up review date agreed in the plan (the follow-up wellbeing measure). One per occurrence (the notification's key); the link is made only when the person can be reached, and the
/// notification is recorded either way, so an opt-out shows in the referral's list of notifications.
/// </summary>
public sealed class SurveyInvitations(ReferralsContext db, IActivitySchedules directory, IOptions<SurveyOptions> options, TimeProvider time)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string TemplateOf(SurveyKind kind) => kind switch
    {
        SurveyKind.AfterActivity => "survey-after-activity",
        SurveyKind.Closing => "survey-closing",
        SurveyKind.FollowUpWellbeing => "survey-follow-up-wellbeing",
        _ => "survey-carer",
    };

    public async Task AfterActivityAsync(ConnectionRecord connection, CancellationToken cancellationToken)
    {
        if (connection.TargetKind != ConnectionTargetKind.Activity)
        {
            return;
        }
        var referral = await db.Referrals.FindAsync([connection.ReferralId], cancellationToken) ?? throw ProblemException.NotFound("referral", connection.ReferralId);
        var person = await db.People.FindAsync([referral.PersonId], cancellationToken) ?? throw ProblemException.NotFound("person", referral.PersonId);
        await InviteAsync(SurveyKind.AfterActivity, referral, person, connection, await ActivityNameAsync(connection.TargetId, cancellationToken), cancellationToken);
    }

    public async Task AtClosingAsync(ReferralRecord referral, PersonRecord person, CancellationToken cancellationToken)
    {
        await InviteAsync(SurveyKind.Closing, referral, person, null, null, cancellationToken);
        if (person.IsCarer)
        {
            await InviteAsync(SurveyKind.Carer, referral, person, null, null, cancellationToken);
        }
    }

    /// <summary>The follow-up wellbeing measure agreed in the plan; one per referral, whatever the review date becomes.</summary>
    public Task AtFollowUpAsync(ReferralRecord referral, PersonRecord person, CancellationToken cancellationToken) =>
        InviteAsync(SurveyKind.FollowUpWellbeing, referral, person, null, null, cancellationToken);

    private async Task InviteAsync(
        SurveyKind kind, ReferralRecord referral, PersonRecord person, ConnectionRecord? connection, string? activityName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = SurveyLink.NewToken();
        var expires = now + SurveyLink.ValidFor;
        var to = new Recipient("person", person.Id, referral.Reminders, person.Email, person.Mobile);
        var personalisation = new Dictionary<string, string>
        {
            ["first_name"] = person.PreferredName ?? person.GivenName,
            ["activity_name"] = activityName ?? "",
            ["survey_link"] = options.Value.LinkFor(token).ToString(),
            ["expires_on"] = expires.ToString("d MMMM yyyy", English),
        };
        var key = $"survey:{kind}:{connection?.Id ?? referral.Id}";
        if (!await db.QueueAsync(key, TemplateOf(kind), to, referral.Id, personalisation, now, cancellationToken) || to.Route is null)
        {
            return;
        }
        db.Surveys.Add(new SurveyRecord
        {
            Id = Guid.CreateVersion7(now),
            TokenHash = SurveyLink.Hash(token),
            Kind = kind,
            ReferralId = referral.Id,
            TeamId = referral.TeamId,
            ConnectionId = connection?.Id,
            ActivityId = connection?.TargetId,
            ProviderId = connection?.ProviderId,
            ActivityName = activityName,
            CreatedAt = now,
            ExpiresAt = expires,
        });
    }

    /// <summary>The activity's name for the question; without the directory the question says "the activity" rather than refuse the attendance.</summary>
    private async Task<string?> ActivityNameAsync(Guid activityId, CancellationToken cancellationToken)
    {
        try
        {
            return (await directory.ForAsync([activityId], cancellationToken)).GetValueOrDefault(activityId)?.Name is { } name
                ? name[..Math.Min(name.Length, SurveyRecord.NameLength)]
                : null;
        }
        catch (RpcException)
        {
            return null;
        }
    }
}
