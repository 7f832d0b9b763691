package com.pushstudio.sandbox.powerbi;

import com.pushstudio.sandbox.SandboxRepository;

import org.springframework.data.jpa.repository.JpaRepository;

@SandboxRepository
interface SandboxImportRepository extends JpaRepository<SandboxImport, String> {

}
