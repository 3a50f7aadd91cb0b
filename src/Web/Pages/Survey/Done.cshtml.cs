using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Survey;

/// <summary>The confirmation after sending: what happens to the answers depends on the survey they answered.</summary>
public sealed class DoneModel(SurveysClient surveys, SurveyDraft draft) : SurveyPageModel(surveys, draft)
{
    public string WhatHappensNext { get; private set; } = SurveyText.WhatHappensNext(null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await TryLoadAsync(cancellationToken))
        {
            WhatHappensNext = SurveyText.WhatHappensNext(Survey);
        }
    }
}
