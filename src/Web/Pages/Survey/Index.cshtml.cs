using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Survey;

/// <summary>A survey link's first page: what the survey is and a start button; or that it was answered already, or has expired.</summary>
public sealed class IndexModel(SurveysClient surveys, SurveyDraft draft) : SurveyPageModel(surveys, draft)
{
    public bool Loaded { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Loaded = await TryLoadAsync(cancellationToken);
}
