using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

public sealed record ProgrammeRequest(Guid? OrganisationId, string? Name, List<Guid>? ActivityIds);

public sealed record InvestmentRequest(DateOnly? From, DateOnly? To, decimal? Amount, string? Note);

/// <summary>Programmes and the money invested in them, entered by commissioners for SROI.</summary>
public sealed class Programmes(VolunteeringContext db, TimeProvider time)
{
    public const decimal MaxAmount = 1_000_000_000m;

    public async Task<Programme> CreateAsync(ProgrammeRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (request.OrganisationId is not { } organisationId)
        {
            errors.Add("organisationId", "The organisation running the programme is required.");
        }
        else if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            errors.Add("organisationId", $"Unknown organisation {organisationId}: it is not registered for volunteering.");
        }
        errors.RequireText("name", request.Name, "A name is required.");
        if (request.Name?.Trim().Length > VolunteerRules.MaxNameLength) errors.Add("name", $"Must be at most {VolunteerRules.MaxNameLength} characters.");
        if (request.ActivityIds?.Count > VolunteerRules.MaxListLength) errors.Add("activityIds", $"At most {VolunteerRules.MaxListLength} activities.");
        errors.ThrowIfAny();

        var programme = new Programme
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = request.OrganisationId!.Value,
            Name = request.Name!.Trim(),
            ActivityIds = [.. (request.ActivityIds ?? []).Distinct()],
            CreatedAt = time.GetUtcNow(),
        };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return programme;
    }

    public async Task<IReadOnlyList<Programme>> ListAsync(Guid? organisationId, CancellationToken cancellationToken) =>
        await db.Programmes.AsNoTracking()
            .Where(p => organisationId == null || p.OrganisationId == organisationId)
            .OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);

    public async Task<ProgrammeInvestment> AddInvestmentAsync(Guid programmeId, InvestmentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
        {
            throw new ResourceNotFoundException($"No programme {programmeId}.");
        }
        var errors = new FieldErrors();
        if (request.From is null) errors.Add("from", "The first day the money covers is required.");
        if (request.To is null) errors.Add("to", "The last day the money covers is required.");
        else if (request.To < request.From) errors.Add("to", "Must not be before the first day.");
        if (request.Amount is not { } amount || amount <= 0m || amount > MaxAmount)
        {
            errors.Add("amount", $"An amount in pounds above zero and at most {MaxAmount:N0} is required.");
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            errors.Add("amount", "Pounds and pence: at most two decimal places.");
        }
        if (request.Note?.Length > 1000) errors.Add("note", "Must be at most 1000 characters.");
        errors.ThrowIfAny();

        var investment = new ProgrammeInvestment
        {
            Id = Guid.CreateVersion7(),
            ProgrammeId = programmeId,
            From = request.From!.Value,
            To = request.To!.Value,
            Amount = request.Amount!.Value,
            Note = request.Note?.Trim(),
            EnteredBy = caller.Name,
            EnteredAt = time.GetUtcNow(),
        };
        db.ProgrammeInvestments.Add(investment);
        await db.SaveChangesAsync(cancellationToken);
        return investment;
    }

    public async Task<IReadOnlyList<ProgrammeInvestment>> InvestmentsAsync(Guid programmeId, CancellationToken cancellationToken) =>
        await db.ProgrammeInvestments.AsNoTracking().Where(i => i.ProgrammeId == programmeId).OrderBy(i => i.From).ToListAsync(cancellationToken);
}
