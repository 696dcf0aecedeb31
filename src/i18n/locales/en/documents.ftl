### documents
