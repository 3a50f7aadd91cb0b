using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialPrescribing.Volunteering.Domain.Sroi;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// A valuation set as a commissioner writes it; id and version are the server's. Errors name the
/// fields of this body ("proxies[1].source").
/// </summary>
public sealed record ValuationSetRequest(
    string? Name,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    int? PriceYear,
    Estimate? DiscountRate,
    string? DiscountRateSource,
    List<ProxyRequest>? Proxies,
    Dictionary<int, decimal>? PriceIndex,
    string? PriceIndexSource);

/// <summary>A financial proxy as sent; a missing field is reported under its name by <see cref="ValuationSet.Validate"/>.</summary>
public sealed record ProxyRequest(
    string? Code,
    string? Description,
    string? Unit,
    decimal? Value,
    decimal? Low,
    decimal? High,
    string? Source,
    int? PriceYear,
    bool? LicenceControlled,
    string? Licensee)
{
    public FinancialProxy ToProxy() => new()
    {
        Code = Code?.Trim() ?? "",
        Description = Description?.Trim() ?? "",
        Unit = Unit?.Trim() ?? "",
        Value = Value ?? 0m,
        Low = Low,
        High = High,
        Source = Source?.Trim() ?? "",
        PriceYear = PriceYear ?? 0,
        LicenceControlled = LicenceControlled ?? false,
        Licensee = Licensee?.Trim(),
    };
}

/// <summary>Creating valuation sets and their versions; a stored version is never changed.</summary>
public sealed class ValuationSets(VolunteeringContext db, TimeProvider time)
{
    /// <summary>The public, cited values the product ships, as a template a commissioner copies and adapts.</summary>
    public static ValuationSet StarterTemplate { get; } =
        StarterValuationSet.Create(Guid.Empty, new DateOnly(StarterValuationSet.PriceYear, 1, 1));

    public async Task<StoredValuationSet> CreateAsync(ValuationSetRequest request, Caller caller, CancellationToken cancellationToken) =>
        await StoreAsync(Guid.CreateVersion7(), 1, request, caller, cancellationToken);

    /// <summary>
    /// The commissioner's edit: the next version of the set, with the content sent. The set's own version number is
    /// its ETag, so an edit of any but the latest (If-Match) is refused (412), as is one naming none (428).
    /// </summary>
    public async Task<StoredValuationSet> ReviseAsync(Guid id, ValuationSetRequest request, IfMatch? ifMatch, Caller caller, CancellationToken cancellationToken)
    {
        var latest = await db.ValuationSets.Where(s => s.Id == id).MaxAsync(s => (int?)s.Version, cancellationToken)
            ?? throw ProblemException.NotFound($"No valuation set {id}.");
        IfMatch.Ensure(ifMatch, (uint)latest);
        return await StoreAsync(id, latest + 1, request, caller, cancellationToken);
    }

    /// <param name="version">A version, or null for the latest.</param>
    public async Task<StoredValuationSet?> FindAsync(Guid id, int? version, CancellationToken cancellationToken) =>
        await db.ValuationSets.AsNoTracking()
            .Where(s => s.Id == id && (version == null || s.Version == version))
            .OrderByDescending(s => s.Version)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<StoredValuationSet>> ListLatestAsync(CancellationToken cancellationToken)
    {
        var all = await db.ValuationSets.AsNoTracking().ToListAsync(cancellationToken);
        return [.. all.GroupBy(s => s.Id).Select(g => g.MaxBy(s => s.Version)!).OrderBy(s => s.Set.Name)];
    }

    public async Task<IReadOnlyList<StoredValuationSet>> VersionsAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ValuationSets.AsNoTracking().Where(s => s.Id == id).OrderBy(s => s.Version).ToListAsync(cancellationToken);

    private async Task<StoredValuationSet> StoreAsync(Guid id, int version, ValuationSetRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var set = new ValuationSet
        {
            Id = id,
            Version = version,
            Name = request.Name?.Trim() ?? "",
            EffectiveFrom = request.EffectiveFrom ?? default,
            EffectiveTo = request.EffectiveTo,
            PriceYear = request.PriceYear ?? 0,
            DiscountRate = request.DiscountRate ?? ValuationSet.GreenBookDiscountRate,
            DiscountRateSource = request.DiscountRateSource ?? ValuationSet.GreenBookSource,
            Proxies = [.. (request.Proxies ?? []).Select(p => p.ToProxy())],
            PriceIndex = request.PriceIndex ?? [],
            PriceIndexSource = request.PriceIndexSource,
        };
        var errors = new FieldErrors();
        if (request.EffectiveFrom is null) errors.Add("effectiveFrom", "The date the set applies from is required.");
        for (var i = 0; i < (request.Proxies?.Count ?? 0); i++)
        {
            if (request.Proxies![i].Value is null) errors.Add($"proxies[{i}].value", "A value is required.");
        }
        errors.AddAll(set.Validate());
        errors.ThrowIfAny();

        var stored = new StoredValuationSet { Id = id, Version = version, Set = set, CreatedBy = caller.Name, CreatedAt = time.GetUtcNow() };
        db.ValuationSets.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new VolunteeringDomainException($"Version {version} of the set was saved by someone else a moment ago; read it and edit again.");
        }
        return stored;
    }
}
