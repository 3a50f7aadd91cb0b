using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>A volunteer's own choice of how to get reminders (email, text or none), made on their profile.</summary>
public sealed class VolunteerReminders(VolunteeringContext db, VolunteerCommands volunteers, TimeProvider time)
{
    public async Task<ReminderSettingsResponse> GetAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken) =>
        ReminderSettingsResponse.Of(await OwnAsync(volunteerId, caller, cancellationToken));

    public async Task<ReminderSettingsResponse> SetAsync(Guid volunteerId, ReminderSettingsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var volunteer = await OwnAsync(volunteerId, caller, cancellationToken);
        var errors = new FieldErrors();
        if (request.Preference is not { } preference)
        {
            errors.Add("preference", "Choose email, text message or no reminders.");
        }
        else if (!preference.CanReach(volunteer.Email, volunteer.Phone))
        {
            errors.Add("preference", preference == ReminderPreference.Email
                ? "Add an email address to your profile to get reminders by email."
                : "Add a mobile number to your profile to get reminders by text message.");
        }
        errors.ThrowIfAny();

        volunteer.Reminders = request.Preference!.Value;
        volunteer.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ReminderSettingsResponse.Of(volunteer);
    }

    /// <summary>The choice is the volunteer's own: staff and administrators neither see nor change it.</summary>
    private Task<Volunteer> OwnAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken) =>
        volunteers.GetOwnAsync(volunteerId, caller, "How a volunteer gets reminders is theirs to choose.", cancellationToken);
}

public sealed record ReminderSettingsRequest(ReminderPreference? Preference);

/// <param name="HasEmail">Whether email is a choice the volunteer can make now.</param>
/// <param name="HasPhone">Whether text message is a choice the volunteer can make now.</param>
public sealed record ReminderSettingsResponse(ReminderPreference Preference, bool HasEmail, bool HasPhone)
{
    public static ReminderSettingsResponse Of(Volunteer volunteer) =>
        new(volunteer.Reminders, !string.IsNullOrWhiteSpace(volunteer.Email), !string.IsNullOrWhiteSpace(volunteer.Phone));
}
