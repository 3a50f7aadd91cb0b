using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Volunteering.Domain.Equality;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// A volunteer's optional equality data: theirs alone to see, give, change and withdraw (withdrawing deletes it), stored
/// only with their explicit consent. Every read and change is audited with who and when, never the data.
/// </summary>
public sealed class EqualityData(VolunteeringContext db, VolunteerCommands volunteers, TimeProvider time)
{
    private const string Whose = "Equality information is the volunteer's own: only they see, change or withdraw it.";

    public async Task<EqualityResponse> GetAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken)
    {
        await volunteers.GetOwnAsync(volunteerId, caller, Whose, cancellationToken);
        var record = await db.Equality.AsNoTracking().SingleOrDefaultAsync(e => e.VolunteerId == volunteerId, cancellationToken);
        if (record is not null)
        {
            Audit(volunteerId, caller, EqualityAction.Read);
            await db.SaveChangesAsync(cancellationToken);
        }
        return EqualityResponse.Of(record);
    }

    public async Task<EqualityResponse> SetAsync(Guid volunteerId, EqualityRequest request, Caller caller, CancellationToken cancellationToken)
    {
        await volunteers.GetOwnAsync(volunteerId, caller, Whose, cancellationToken);
        var errors = new FieldErrors();
        if (request.Consent != true)
        {
            errors.Add("consent", "Confirm that you agree to us keeping this information, or leave this page without saving.");
        }
        var ageBand = Answer<AgeBand>(errors, "ageBand", request.AgeBand);
        var ethnicity = Answer<EthnicGroup>(errors, "ethnicity", request.Ethnicity);
        var disability = Answer<Disability>(errors, "disability", request.Disability);
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var record = await db.Equality.SingleOrDefaultAsync(e => e.VolunteerId == volunteerId, cancellationToken);
        Audit(volunteerId, caller, record is null ? EqualityAction.Give : EqualityAction.Change);
        if (record is null)
        {
            record = new EqualityRecord { VolunteerId = volunteerId, ConsentedAt = now };
            db.Equality.Add(record);
        }
        record.AgeBand = ageBand;
        record.Ethnicity = ethnicity;
        record.Disability = disability;
        record.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return EqualityResponse.Of(record);
    }

    /// <summary>Withdraws consent: the data is deleted, not hidden; the audit keeps that it was withdrawn.</summary>
    public async Task WithdrawAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken)
    {
        await volunteers.GetOwnAsync(volunteerId, caller, Whose, cancellationToken);
        if (await db.Equality.SingleOrDefaultAsync(e => e.VolunteerId == volunteerId, cancellationToken) is { } record)
        {
            db.Equality.Remove(record);
            Audit(volunteerId, caller, EqualityAction.Withdraw);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private void Audit(Guid volunteerId, Caller caller, EqualityAction action) =>
        db.EqualityAccesses.Add(new EqualityAccess { VolunteerId = volunteerId, Actor = caller.Name, Action = action, At = time.GetUtcNow() });

    /// <summary>The answer the wire name stands for; none when not answered, a field error when not one of the answers.</summary>
    private static T? Answer<T>(FieldErrors errors, string field, string? wireName) where T : struct, Enum
    {
        var answer = WireNames.Parse<T>(wireName);
        if (wireName is not null && answer is null)
        {
            errors.Add(field, "Select one of the answers given.");
        }
        return answer;
    }
}

/// <summary>The volunteer's equality data as the API answers it, in the shared contract's shape.</summary>
public static class EqualityResponses
{
    extension(EqualityResponse)
    {
        public static EqualityResponse Of(EqualityRecord? record) =>
            new(record is not null, record?.AgeBand?.WireName(), record?.Ethnicity?.WireName(), record?.Disability?.WireName(), record?.ConsentedAt);
    }
}
