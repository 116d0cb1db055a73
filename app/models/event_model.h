// Item models stage: dated events in date order — all of them, or one country's.
// Columns: date, type, countries, sentence, source.
#pragma once

#include "app/model/document_model.h"
#include "app/models/model_roles.h"

#include <QAbstractTableModel>

class EventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TypeColumn, CountriesColumn, TextColumn, SourceColumn, ColumnCount };

    explicit EventModel(QObject *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountry(const QString &iso);                            // empty: every event
    void reload(DocumentModelPtr document, const QString &country); // both in one reset

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString dateText(const Event &event);

private:
    QString textAt(int row) const; // the row's clause, from its article
    DocumentModelPtr m_document;
    QString m_country;
    QVector<const Event *> m_events;
    // Each row's clause, made when first asked for: a sort by the Sentence column asks for every
    // row's many times. (The events keep none of their own.)
    mutable QVector<QString> m_texts;
};
