using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>A volunteer's own choice of how to get reminders (email, text or none), made on their profile.</summary>
public sealed class VolunteerReminders(VolunteeringContext db, VolunteerCommands volunteers, TimeProvider time)
{
    public async Task<ReminderSettingsResponse> GetAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken) =>
        ResponseOf(await OwnAsync(volunteerId, caller, cancellationToken));

    public async Task<ReminderSettingsResponse> SetAsync(Guid volunteerId, ReminderSettingsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var volunteer = await OwnAsync(volunteerId, caller, cancellationToken);
        var errors = new FieldErrors();
        var preference = WireNames.Parse<ReminderPreference>(request.Preference);
        if (preference is null)
        {
            errors.Add("preference", "Choose email, text message or no reminders.");
        }
        else if (!preference.Value.CanReach(volunteer.Email, volunteer.Phone))
        {
            errors.Add("preference", preference == ReminderPreference.Email
                ? "Add an email address to your profile to get reminders by email."
                : "Add a mobile number to your profile to get reminders by text message.");
        }
        errors.ThrowIfAny();

        volunteer.Reminders = preference!.Value;
        volunteer.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ResponseOf(volunteer);
    }

    private static ReminderSettingsResponse ResponseOf(Volunteer volunteer) =>
        new(volunteer.Reminders.WireName(), !string.IsNullOrWhiteSpace(volunteer.Email), !string.IsNullOrWhiteSpace(volunteer.Phone));

    /// <summary>The choice is the volunteer's own: staff and administrators neither see nor change it.</summary>
    private Task<Volunteer> OwnAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken) =>
        volunteers.GetOwnAsync(volunteerId, caller, "How a volunteer gets reminders is theirs to choose.", cancellationToken);
}
