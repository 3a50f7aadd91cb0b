using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Notifications;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.Experience;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// The quarterly survey of how volunteering is going ("I feel useful", "I feel supported", in their own words).
/// A volunteer with approved hours in the quarter is asked once a quarter; each answers once a quarter.
/// </summary>
public sealed class ExperienceSurvey(VolunteeringContext db, VolunteerCommands volunteers, TimeProvider time)
{
    private const string Whose = "A volunteer answers the survey for themselves.";

    public async Task<SurveyStatusResponse> StatusAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken)
    {
        await volunteers.GetOwnAsync(volunteerId, caller, Whose, cancellationToken);
        var quarter = CurrentQuarter();
        var answered = await db.SurveyAnswers.AnyAsync(a => a.VolunteerId == volunteerId && a.Quarter == quarter.Key, cancellationToken);
        var volunteered = await Volunteered(db, quarter).ContainsAsync(volunteerId, cancellationToken);
        return new SurveyStatusResponse(quarter.Key, quarter.Name, Invited: volunteered && !answered, answered);
    }

    public async Task<SurveyAnswerResponse> AnswerAsync(Guid volunteerId, SurveyAnswerRequest request, Caller caller, CancellationToken cancellationToken)
    {
        await volunteers.GetOwnAsync(volunteerId, caller, Whose, cancellationToken);
        var (useful, supported) = (WireNames.Parse<AgreeScale>(request.Useful), WireNames.Parse<AgreeScale>(request.Supported));
        SurveyAnswerRules.Check(useful, supported, request.Comments);
        var quarter = CurrentQuarter();
        if (await db.SurveyAnswers.AnyAsync(a => a.VolunteerId == volunteerId && a.Quarter == quarter.Key, cancellationToken))
        {
            throw AlreadyAnswered(quarter);
        }
        var answer = new SurveyAnswer
        {
            Id = Guid.CreateVersion7(),
            VolunteerId = volunteerId,
            Quarter = quarter.Key,
            Useful = useful!.Value,
            Supported = supported!.Value,
            Comments = string.IsNullOrWhiteSpace(request.Comments) ? null : request.Comments.Trim(),
            AnsweredAt = time.GetUtcNow(),
        };
        db.SurveyAnswers.Add(answer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (NotificationQueue.IsDuplicate(e))
        {
            // The same answer sent twice at once (a double tap): the first stands.
            throw AlreadyAnswered(quarter);
        }
        return new SurveyAnswerResponse(answer.Id, quarter.Key, quarter.Name, answer.AnsweredAt);
    }

    /// <summary>The volunteers who gave time in the quarter that their organisation approved: those the survey asks.</summary>
    internal static IQueryable<Guid> Volunteered(VolunteeringContext db, ReportPeriod quarter) =>
        db.HourLogs
            .Where(l => l.Status == HourLogStatus.Approved && l.Content.Date >= quarter.From && l.Content.Date <= quarter.To)
            .Select(l => l.Content.VolunteerId);

    private ReportPeriod CurrentQuarter() => ReportPeriod.Containing(UkCalendar.Today(time));

    private static VolunteeringDomainException AlreadyAnswered(ReportPeriod quarter) =>
        new($"Thank you, you have already told us how volunteering is going for {quarter.Name}. We will ask again next quarter.");
}
