using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>Programmes and the money invested in them, entered and corrected by commissioners for SROI.</summary>
public sealed class Programmes(VolunteeringContext db, TimeProvider time)
{
    public const decimal MaxAmount = 1_000_000_000m;
    public const int MaxNoteLength = 1000;

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
        Check(errors, request.Name, request.ActivityIds);
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

    public async Task<Versioned<Programme>> ReadAsync(Guid programmeId, CancellationToken cancellationToken) =>
        db.Versioned(await ProgrammeAsync(programmeId, cancellationToken));

    public async Task<Versioned<Programme>> ChangeAsync(Guid programmeId, ProgrammeChange change, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAsync(programmeId, cancellationToken);
        db.CheckVersion(programme, ifMatch);
        var errors = new FieldErrors();
        Check(errors, change.Name, change.ActivityIds);
        errors.ThrowIfAny();

        programme.Name = change.Name!.Trim();
        programme.ActivityIds = [.. (change.ActivityIds ?? []).Distinct()];
        await db.SaveChangesAsync(cancellationToken);
        return db.Versioned(programme);
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
            throw ProblemException.NotFound($"No programme {programmeId}.");
        }
        Check(request);

        var investment = new ProgrammeInvestment { Id = Guid.CreateVersion7(), ProgrammeId = programmeId, EnteredBy = caller.Name };
        Apply(investment, request, caller);
        db.ProgrammeInvestments.Add(investment);
        await db.SaveChangesAsync(cancellationToken);
        return investment;
    }

    /// <summary>Corrects an investment entered wrongly; who corrected it and when replace who entered it.</summary>
    public async Task<Versioned<ProgrammeInvestment>> ReadInvestmentAsync(Guid programmeId, Guid investmentId, CancellationToken cancellationToken) =>
        db.Versioned(await InvestmentAsync(programmeId, investmentId, cancellationToken));

    public async Task<Versioned<ProgrammeInvestment>> ChangeInvestmentAsync(
        Guid programmeId, Guid investmentId, InvestmentRequest request, IfMatch? ifMatch, Caller caller, CancellationToken cancellationToken)
    {
        var investment = await InvestmentAsync(programmeId, investmentId, cancellationToken);
        db.CheckVersion(investment, ifMatch);
        Check(request);

        Apply(investment, request, caller);
        await db.SaveChangesAsync(cancellationToken);
        return db.Versioned(investment);
    }

    public async Task<IReadOnlyList<ProgrammeInvestment>> InvestmentsAsync(Guid programmeId, CancellationToken cancellationToken) =>
        await db.ProgrammeInvestments.AsNoTracking().Where(i => i.ProgrammeId == programmeId).OrderBy(i => i.From).ToListAsync(cancellationToken);

    private async Task<Programme> ProgrammeAsync(Guid programmeId, CancellationToken cancellationToken) =>
        await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
        ?? throw ProblemException.NotFound($"No programme {programmeId}.");

    private async Task<ProgrammeInvestment> InvestmentAsync(Guid programmeId, Guid investmentId, CancellationToken cancellationToken) =>
        await db.ProgrammeInvestments.SingleOrDefaultAsync(i => i.Id == investmentId && i.ProgrammeId == programmeId, cancellationToken)
        ?? throw ProblemException.NotFound($"No investment {investmentId} in programme {programmeId}.");

    private static void Check(FieldErrors errors, string? name, List<Guid>? activityIds)
    {
        errors.RequireText("name", name, "A name is required.");
        if (name?.Trim().Length > VolunteerRules.MaxNameLength) errors.Add("name", $"Must be at most {VolunteerRules.MaxNameLength} characters.");
        if (activityIds?.Count > VolunteerRules.MaxListLength) errors.Add("activityIds", $"At most {VolunteerRules.MaxListLength} activities.");
    }

    private static void Check(InvestmentRequest request)
    {
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
        if (request.Note?.Length > MaxNoteLength) errors.Add("note", $"Must be at most {MaxNoteLength} characters.");
        errors.ThrowIfAny();
    }

    private void Apply(ProgrammeInvestment investment, InvestmentRequest request, Caller caller)
    {
        investment.From = request.From!.Value;
        investment.To = request.To!.Value;
        investment.Amount = request.Amount!.Value;
        investment.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        investment.EnteredBy = caller.Name;
        investment.EnteredAt = time.GetUtcNow();
    }
}
