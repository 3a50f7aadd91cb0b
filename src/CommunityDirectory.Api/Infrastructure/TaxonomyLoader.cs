using Microsoft.EntityFrameworkCore;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

/// <summary>
/// Writes the product's taxonomy (<see cref="TaxonomyDefinition"/>) into the directory at every start, demo data or
/// not: every vocabulary and term the directory does not hold yet, under the ids every service uses for them.
/// </summary>
public sealed class TaxonomyLoader : IReferenceDataLoader<DirectoryContext>
{
    public async Task LoadAsync(DirectoryContext db, CancellationToken cancellationToken)
    {
        var taxonomy = TaxonomyDefinition.LoadBuiltIn();
        var taxonomies = await db.Taxonomies.Select(t => t.Id).ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms.Select(t => t.Id).ToListAsync(cancellationToken);
        db.Taxonomies.AddRange(taxonomy.Vocabularies
            .Where(v => !taxonomies.Contains(StableIds.ToGuid(v.Id)))
            .Select(v => new Taxonomy { Id = StableIds.ToGuid(v.Id), Code = v.Code, Name = v.Name, Description = v.Description, Version = "1" }));
        db.TaxonomyTerms.AddRange(taxonomy.Terms
            .Where(t => !terms.Contains(StableIds.ToGuid(t.Id)))
            .Select(t => new TaxonomyTerm
            {
                Id = StableIds.ToGuid(t.Id),
                TaxonomyId = StableIds.ToGuid(t.Vocabulary),
                Code = t.Code,
                Name = t.Name,
                Description = t.Description,
                ParentId = t.ParentId is null ? null : StableIds.ToGuid(t.ParentId),
            }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
