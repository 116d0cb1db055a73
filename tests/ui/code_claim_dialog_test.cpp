// The Code Selection dialog starts a new claim with no value: the coder chooses what the
// words say, and the Code button waits for it. An edited claim keeps its value.
#include "app/model/document_model_builder.h"
#include "ui/coding/code_claim_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

#include <gtest/gtest.h>

namespace {

const DocumentModel &model()
{
    static const DocumentModelPtr m = DocumentModelBuilder::build(CorpusOptions{});
    return *m;
}

Claim claimOn(const QString &dimension, const QString &value = {})
{
    Claim claim;
    claim.article = QStringLiteral("gfsis-50-post-soviet");
    claim.span = {0, 20};
    claim.quote = QStringLiteral("Armenia is a strategic partner");
    claim.country = QStringLiteral("ARM");
    claim.dimension = dimension;
    claim.value = value;
    return claim;
}

QPushButton *codeButton(const CodeClaimDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST(CodeClaimDialog, ANewClaimHasNoValueUntilTheCoderChoosesOne)
{
    CodeClaimDialog dialog(model(), claimOn(QStringLiteral("stance")), false);
    EXPECT_EQ(dialog.valueBox()->currentIndex(), -1);
    EXPECT_FALSE(codeButton(dialog)->isEnabled());
    dialog.valueBox()->setCurrentIndex(dialog.valueBox()->findData(QStringLiteral("balancing")));
    EXPECT_TRUE(codeButton(dialog)->isEnabled());
    EXPECT_EQ(dialog.claim().value, QStringLiteral("balancing"));
}

TEST(CodeClaimDialog, AnotherDimensionKeepsTheValueOnlyWhereItHasIt)
{
    CodeClaimDialog dialog(model(), claimOn(QStringLiteral("csto_member")), false);
    dialog.valueBox()->setCurrentIndex(dialog.valueBox()->findData(QStringLiteral("yes")));
    // EAEU membership has "yes" too; the stance has no such value.
    dialog.dimensionBox()->setCurrentIndex(
        dialog.dimensionBox()->findData(QStringLiteral("eaeu_member")));
    EXPECT_EQ(dialog.valueBox()->currentData().toString(), QStringLiteral("yes"));
    EXPECT_TRUE(codeButton(dialog)->isEnabled());
    dialog.dimensionBox()->setCurrentIndex(
        dialog.dimensionBox()->findData(QStringLiteral("stance")));
    EXPECT_EQ(dialog.valueBox()->currentIndex(), -1);
    EXPECT_FALSE(codeButton(dialog)->isEnabled());
}

TEST(CodeClaimDialog, AnEditedClaimKeepsItsValue)
{
    CodeClaimDialog dialog(model(), claimOn(QStringLiteral("stance"), QStringLiteral("balancing")),
                           true);
    EXPECT_EQ(dialog.valueBox()->currentData().toString(), QStringLiteral("balancing"));
    EXPECT_TRUE(codeButton(dialog)->isEnabled());
}
