using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>Registering volunteers and changing their profile, availability, checks and organisations; each change leaves with its event.</summary>
public sealed class VolunteerCommands(VolunteeringContext db, IIntegrationEventOutbox outbox, TimeProvider time)
{
    public async Task<Versioned<Volunteer>> RegisterAsync(RegisterVolunteerRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        VolunteerRules.CheckProfile(errors, request.Profile, "profile.");
        VolunteerRules.CheckAvailability(errors, request.Availability, "availability.");
        var organisationIds = request.OrganisationIds ?? [];
        if (organisationIds.Count == 0) errors.Add("organisationIds", "At least one organisation the volunteer gives time to is required.");
        await CheckOrganisationsExistAsync(errors, organisationIds, cancellationToken);
        if (request.Id == Guid.Empty) errors.Add("id", "Must not be the empty id; leave it out for a new one.");
        errors.ThrowIfAny();

        // Staff register for their own organisation only; another joins the volunteer by invitation.
        if (!caller.IsAdministrator && !(caller.IsOrganisationStaff && organisationIds.All(o => o == caller.OrganisationId)))
        {
            throw ProblemException.Forbidden("Staff register volunteers for their own organisation only: organisationIds must name just it. Other organisations invite the volunteer.");
        }
        var id = request.Id ?? Guid.CreateVersion7();
        if (await db.Volunteers.AnyAsync(v => v.Id == id, cancellationToken))
        {
            throw new VolunteeringDomainException($"Volunteer {id} is already registered; another organisation invites them with POST /api/organisations/{{organisationId}}/invitations and they accept.");
        }

        var now = time.GetUtcNow();
        var volunteer = new Volunteer
        {
            Id = id,
            FirstName = "",
            LastName = "",
            PostcodeDistrict = "",
            OrganisationIds = [.. organisationIds.Distinct()],
            StartedOn = UkCalendar.DateOf(now),
            RegisteredAt = now,
        };
        Apply(volunteer, request.Profile!, now);
        Apply(volunteer, request.Availability!);
        db.Volunteers.Add(volunteer);
        outbox.Add(IntegrationEvents.Registered(volunteer, now));
        outbox.Add(IntegrationEvents.AvailabilityChanged(volunteer, now));
        await db.SaveChangesAsync(cancellationToken);
        return db.Versioned(volunteer);
    }

    public async Task<Volunteer> GetAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken)
    {
        var volunteer = await FindAsync(volunteerId, cancellationToken);
        return caller.CanSee(volunteer) ? volunteer : throw Denied();
    }

    /// <summary>A record only the volunteer themselves may use (<paramref name="whose"/> says why to anyone else).</summary>
    public async Task<Volunteer> GetOwnAsync(Guid volunteerId, Caller caller, string whose, CancellationToken cancellationToken)
    {
        var volunteer = await GetAsync(volunteerId, caller, cancellationToken);
        return caller.IsVolunteer(volunteerId) ? volunteer : throw ProblemException.Forbidden(whose);
    }

    /// <summary>The record with its version, to send back in If-Match when changing it.</summary>
    public async Task<Versioned<Volunteer>> ReadAsync(Guid volunteerId, Caller caller, CancellationToken cancellationToken) =>
        db.Versioned(await GetAsync(volunteerId, caller, cancellationToken));

    public async Task<Versioned<Volunteer>> UpdateProfileAsync(Guid volunteerId, VolunteerProfileRequest request, IfMatch? ifMatch, Caller caller, CancellationToken cancellationToken)
    {
        var volunteer = await GetAsync(volunteerId, caller, cancellationToken);
        db.CheckVersion(volunteer, ifMatch);
        var errors = new FieldErrors();
        VolunteerRules.CheckProfile(errors, request, "");
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        Apply(volunteer, request, now);
        outbox.Add(IntegrationEvents.Changed(volunteer, now));
        await db.SaveChangesAsync(cancellationToken);
        return db.Versioned(volunteer);
    }

    public async Task<Versioned<Volunteer>> SetAvailabilityAsync(Guid volunteerId, AvailabilityRequest request, IfMatch? ifMatch, Caller caller, CancellationToken cancellationToken)
    {
        var volunteer = await GetAsync(volunteerId, caller, cancellationToken);
        db.CheckVersion(volunteer, ifMatch);
        var errors = new FieldErrors();
        VolunteerRules.CheckAvailability(errors, request, "");
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        Apply(volunteer, request);
        volunteer.UpdatedAt = now;
        outbox.Add(IntegrationEvents.AvailabilityChanged(volunteer, now));
        await db.SaveChangesAsync(cancellationToken);
        return db.Versioned(volunteer);
    }

    public async Task<Versioned<Volunteer>> SetQualificationsAsync(Guid volunteerId, QualificationsRequest request, IfMatch? ifMatch, Caller caller, CancellationToken cancellationToken)
    {
        var volunteer = await FindAsync(volunteerId, cancellationToken);
        if (!caller.CanRecordChecksFor(volunteer))
        {
            throw ProblemException.Forbidden("Checks are recorded by an organisation the volunteer gives time to.");
        }
        db.CheckVersion(volunteer, ifMatch);
        var errors = new FieldErrors();
        VolunteerRules.CheckQualifications(errors, request);
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        volunteer.Dbs = request.Dbs is { } dbs
            ? new DbsCheck { Level = dbs.Level!.Value, CertificateNumber = dbs.CertificateNumber!, IssuedOn = dbs.IssuedOn!.Value, RenewBy = dbs.RenewBy!.Value }
            : null;
        volunteer.Trainings = [.. (request.Trainings ?? []).Select(t => new Training
        {
            Code = t.Code!.Trim(),
            Name = t.Name!.Trim(),
            CompletedOn = t.CompletedOn!.Value,
            ValidUntil = t.ValidUntil,
        })];
        volunteer.UpdatedAt = now;
        outbox.Add(IntegrationEvents.Changed(volunteer, now));
        await db.SaveChangesAsync(cancellationToken);
        return db.Versioned(volunteer);
    }

    public async Task<IReadOnlyList<Volunteer>> ListForOrganisationAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Volunteers.AsNoTracking()
            .Where(v => v.OrganisationIds.Contains(organisationId))
            .OrderBy(v => v.LastName).ThenBy(v => v.FirstName)
            .ToListAsync(cancellationToken);

    internal async Task CheckOrganisationsExistAsync(FieldErrors errors, IReadOnlyList<Guid> organisationIds, CancellationToken cancellationToken)
    {
        var known = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < organisationIds.Count; i++)
        {
            if (!known.Contains(organisationIds[i]))
            {
                errors.Add($"organisationIds[{i}]", $"Unknown organisation {organisationIds[i]}: it is not registered for volunteering.");
            }
        }
    }

    private async Task<Volunteer> FindAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        await db.Volunteers.FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken)
        ?? throw ProblemException.NotFound($"No volunteer {volunteerId}.");

    private static ProblemException Denied() =>
        ProblemException.Forbidden("This is another volunteer's record: a volunteer sees their own, an organisation the volunteers who give time to it.");

    private static void Apply(Volunteer volunteer, VolunteerProfileRequest profile, DateTimeOffset now)
    {
        volunteer.FirstName = profile.FirstName!.Trim();
        volunteer.LastName = profile.LastName!.Trim();
        volunteer.Email = Blank(profile.Email);
        volunteer.Phone = Blank(profile.Phone);
        volunteer.PostcodeDistrict = profile.PostcodeDistrict!.Trim().ToUpperInvariant();
        volunteer.Languages = Codes(profile.Languages);
        volunteer.Skills = Codes(profile.Skills);
        volunteer.InterestTermIds = Codes(profile.InterestTermIds);
        volunteer.Roles = Codes(profile.Roles);
        volunteer.WillDoHomeVisits = profile.WillDoHomeVisits ?? false;
        volunteer.MaxTravelKm = profile.MaxTravelKm;
        volunteer.StartedOn = profile.StartedOn ?? volunteer.StartedOn;
        volunteer.UpdatedAt = now;
    }

    private static void Apply(Volunteer volunteer, AvailabilityRequest availability)
    {
        volunteer.Availability = [.. (availability.Slots ?? []).OrderBy(s => s.Day).ThenBy(s => s.Start)];
        volunteer.CaseloadLimit = availability.CaseloadLimit!.Value;
    }

    private static List<string> Codes(List<string>? values) => [.. (values ?? []).Select(v => v.Trim()).Distinct()];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
